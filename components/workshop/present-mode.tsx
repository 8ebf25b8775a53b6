import { useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { namer } from "@/lib/workshop/leader-letters";
import { fill } from "@/lib/i18n/format";
import type { TeamText } from "@/lib/team/text";
import type { Slide } from "@/lib/workshop/slides";
import { SlideView } from "./slide-view";

type Props = { slides: Slide[]; names: string[]; onLeave: () => void; text: TeamText };

/** Keys that move through the slides. */
const STEP: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, PageDown: 1, PageUp: -1 };

/**
 * Present mode: the team view as slides over the whole screen, one idea each (lib/workshop/
 * slides.ts). Leaders are "Leader A", "Leader B" … until the facilitator chooses to show
 * names: roles beside scores would name people in front of the team. The arrow keys, Page Up and
 * Page Down, Home and End move; Escape leaves. Printing while presenting gives one slide per
 * landscape page (styles/present-mode.css).
 */
export function PresentMode({ slides, names: known, onLeave, text }: Props) {
  const w = text.workshop;
  const [index, setIndex] = useState(0);
  const [names, setNames] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const nameOf = useMemo(() => namer(known, names ? "roles" : "letters", w.letterName), [known, names, w.letterName]);
  const last = slides.length - 1;
  const go = (step: number) => setIndex((i) => Math.min(Math.max(i + step, 0), last));

  // The page behind is hidden while presenting (and while printing the slides), and focus goes
  // back to the button that opened present mode when it closes.
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.documentElement.setAttribute("data-presenting", "");
    return () => {
      document.documentElement.removeAttribute("data-presenting");
      opener.current?.focus();
    };
  }, []);

  // The slide itself takes focus (not its heading), so a screen reader reads its title and no
  // outline is drawn on the projector: outlines are for keyboard focus on the controls.
  useEffect(() => {
    root.current?.querySelectorAll<HTMLElement>(".slide")[index]?.focus({ preventScroll: true });
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onLeave();
      else if (event.key === "Home") setIndex(0);
      else if (event.key === "End") setIndex(last);
      else if (STEP[event.key] !== undefined) go(STEP[event.key] ?? 0);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const current = slides[index];
  return createPortal(
    <div className="present-mode" ref={root} role="dialog" aria-modal="true" aria-label={w.presentMode}>
      <div className="slides">
        {slides.map((slide, i) => (
          <SlideView
            key={slide.key}
            slide={slide}
            nameOf={nameOf}
            text={text}
            current={i === index}
            position={`${i + 1} / ${slides.length}`}
          />
        ))}
      </div>
      <div className="present-controls" role="group" aria-label={w.presentation}>
        <button type="button" className="button button-secondary" onClick={() => go(-1)} disabled={index === 0}>
          {w.previous}
        </button>
        <span aria-live="polite">
          {fill(w.position, { n: index + 1, of: slides.length })}
          <span className="visually-hidden">: {current?.title}</span>
        </span>
        <button type="button" className="button button-secondary" onClick={() => go(1)} disabled={index >= last}>
          {w.next}
        </button>
        <label className="present-names">
          <input type="checkbox" checked={names} onChange={(e) => setNames(e.target.checked)} />
          {w.showNames}
        </label>
        <button type="button" className="button" onClick={onLeave}>
          {w.leave}
        </button>
      </div>
    </div>,
    document.body,
  );
}
