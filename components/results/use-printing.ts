import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the browser prints. Sections render their contents only when open, so printing
 * opens them all first; the browser waits for beforeprint's handlers, and flushSync makes the
 * render happen inside that wait rather than after the page has been laid out for paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
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
