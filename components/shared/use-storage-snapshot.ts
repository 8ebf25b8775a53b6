import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/**
 * A value read from localStorage, kept current when another tab writes, and `onServer` in the
 * static HTML. `read` must return the same value until storage changes, so read raw text and
 * parse it afterwards.
 */
export function useStorageSnapshot<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(subscribe, read, () => onServer);
}
