import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/** Keys that move through the slides, and leave them. */
const STEP: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, PageDown: 1, PageUp: -1 };

const sectionsIn = (root: HTMLElement | null) => [...(root?.querySelectorAll<HTMLElement>("[data-present]") ?? [])];

/**
 * Present mode over the `[data-present]` sections inside `root`: one section per screen, the
 * arrow keys step through them and Escape leaves. Focus moves to each section's heading as it
 * appears, so a screen reader reads the new slide, and returns to the button that started it.
 */
export function usePresent(root: RefObject<HTMLElement | null>) {
  const [slide, setSlide] = useState<number | null>(null);
  const [count, setCount] = useState(0);
  const opener = useRef<HTMLElement | null>(null);

  const start = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setCount(sectionsIn(root.current).length);
    setSlide(0);
  }, [root]);
  const stop = useCallback(() => {
    setSlide(null);
    // After React has shown the whole report again, so the button exists and is visible.
    requestAnimationFrame(() => opener.current?.focus());
  }, []);
  const go = useCallback(
    (step: number) => setSlide((s) => (s === null ? s : Math.min(Math.max(s + step, 0), count - 1))),
    [count],
  );

  useEffect(() => {
    if (slide === null) return;
    const all = sectionsIn(root.current);
    all.forEach((s, i) => s.toggleAttribute("data-current", i === slide));
    const heading = all[slide]?.querySelector<HTMLElement>("h2");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") stop();
      else if (STEP[event.key] !== undefined) go(STEP[event.key] ?? 0);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      all.forEach((s) => s.removeAttribute("data-current"));
    };
  }, [slide, root, go, stop]);

  return { slide, count, start, stop, go };
}
