import type { StorageLike } from "@/lib/storage/progress";

/** localStorage, or null where the browser refuses it (private modes, disabled storage). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
