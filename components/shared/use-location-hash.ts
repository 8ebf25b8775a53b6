import { startTransition, useEffect, useState } from "react";

/**
 * The address's fragment ("" when it has none), or null until the browser has read it: the
 * static HTML cannot know it. Results, compare and team views are built from it.
 *
 * Read in a transition rather than with useSyncExternalStore, whose updates always render in
 * one go: the report drawn from the fragment is the largest render on the site, and as a
 * transition React renders it in short slices, so the page never freezes for a long task
 * after loading (issue 6: 476 ms at 4× CPU slowdown before).
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
