import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

// Whether the browser is printing now, for a component that mounts while it does: a report
// rendered inside beforeprint (useLocationHash renders a report still being read then) starts
// with its sections open. Listened for once, as this module loads, so it is set before any
// component's own beforeprint handler runs.
let printingNow = false;
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => {
    printingNow = true;
  });
  window.addEventListener("afterprint", () => {
    printingNow = false;
  });
}

/**
 * True while the browser prints. Sections render their contents only when open, so printing
 * opens them all first, and what only paper shows (the team's grid split per questionnaire) is
 * drawn only then; the browser waits for beforeprint's handlers, and flushSync makes the render
 * happen inside that wait rather than after the page has been laid out for paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printingNow);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
