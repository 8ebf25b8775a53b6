import { startTransition, useEffect, useState } from "react";

/**
 * The address's fragment ("" when it has none), or null until the browser has read it: the
 * static HTML cannot know it. Results, compare and team views are built from it.
 *
 * Read in a transition rather than with useSyncExternalStore, whose updates always render in
 * one go: the report drawn from the fragment is the largest render on the site, and as a
 * transition React renders it in slices, so loading a report no longer ends in one long
 * freeze (issue 6: a 476 ms task at 4× CPU slowdown before, about 300 ms after).
 */
export function useLocationHash(): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const read = () => startTransition(() => setHash(window.location.hash));
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return hash;
}
