import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** False in the static HTML and during hydration, true after: for views built from the address. */
export function useIsClient(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
