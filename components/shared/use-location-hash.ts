import { startTransition, useEffect, useState } from "react";
import { flushSync } from "react-dom";

// Fired when the page replaces its own fragment: replaceState, unlike setting location.hash,
// adds no history entry and fires no hashchange, so the hook listens for this too.
const REPLACED = "outside-in:hash-replaced";

/**
 * Puts a new fragment in the address without a new history entry, for changes a leader makes
 * to their own result (a target): Back should leave the report, not undo each choice.
 */
export function replaceLocationHash(fragment: string): void {
  window.history.replaceState(window.history.state, "", `#${fragment}`);
  window.dispatchEvent(new Event(REPLACED));
}

/**
 * The address's fragment ("" when it has none), or null until the browser has read it: the
 * static HTML cannot know it. Results, compare and team views are built from it.
 *
 * Read in a transition rather than with useSyncExternalStore, whose updates always render in
 * one go: the report drawn from the fragment is the largest render on the site, and as a
 * transition React renders it in slices, so loading a report no longer ends in one long
 * freeze (a 476 ms task at 4× CPU slowdown before, about 300 ms after).
 */
export function useLocationHash(): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let last = window.location.hash;
    // Read in a transition, or at once (`now`) when printing starts: printed while the
    // transition still renders, the page would go to paper as "Reading your result…". The
    // browser waits for beforeprint's handlers, and flushSync renders inside that wait.
    const readThen = (render: (update: () => void) => void) => {
      const now = window.location.hash;
      // An in-page link (the skip link's #main) jumps to an element; it is not a new result. Put
      // the result's fragment back, so the report stays and the jump still happened.
      if (now !== last && now.length > 1 && document.getElementById(now.slice(1))) {
        window.history.replaceState(window.history.state, "", last || window.location.pathname);
        return;
      }
      last = now;
      render(() => setHash(now));
    };
    const read = () => readThen(startTransition);
    const printNow = () => readThen(flushSync);
    read();
    window.addEventListener("hashchange", read);
    window.addEventListener(REPLACED, read);
    window.addEventListener("beforeprint", printNow);
    return () => {
      window.removeEventListener("hashchange", read);
      window.removeEventListener(REPLACED, read);
      window.removeEventListener("beforeprint", printNow);
    };
  }, []);
  return hash;
}
