/** The part of the Web Storage API the site uses, so tests can pass a fake or a failing one. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type SaveOutcome = { ok: true } | { ok: false; reason: "quota" | "unavailable" };

/**
 * Browser storage behind one guard. Every call can throw in a browser: reaching localStorage
 * at all in some private modes and locked-down browsers, reading when storage is disabled,
 * writing when it is full. Nothing here throws; each answer says what happened instead.
 */
export type Store = {
  /** The stored text, null when there is none, or undefined when storage cannot be read. */
  read(key: string): string | null | undefined;
  write(key: string, value: string): SaveOutcome;
  /** Best effort: if storage is unusable, there is nothing stored to remove either. */
  remove(key: string): void;
};

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED");
}

/** Wraps whatever `open` returns, asking for it afresh on every call, inside the guard. */
export function guardStorage(open: () => StorageLike | null): Store {
  return {
    read(key) {
      try {
        const storage = open();
        return storage ? storage.getItem(key) : undefined;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        const storage = open();
        if (!storage) return { ok: false, reason: "unavailable" };
        storage.setItem(key, value);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? "quota" : "unavailable" };
      }
    },
    remove(key) {
      try {
        open()?.removeItem(key);
      } catch {
        // Nothing to do: see the type's comment.
      }
    },
  };
}
