import { guardStorage, type Store, type StorageLike } from "../lib/storage/store";

/** An in-memory store for unit tests; `data` shows what was written. */
export function memoryStore(initial: Record<string, string> = {}): Store & { data: Record<string, string> } {
  const data = { ...initial };
  const storage: StorageLike = {
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
  return { data, ...guardStorage(() => storage) };
}

/** A store whose every call throws `name`, as a browser does when storage is off or full. */
export function failingStore(name = "SecurityError"): Store {
  const fail = () => {
    const error = new Error(`storage refused: ${name}`);
    error.name = name;
    throw error;
  };
  return guardStorage(() => ({ getItem: fail, setItem: fail, removeItem: fail }));
}
