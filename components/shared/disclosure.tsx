import { useState, type ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  hint?: string;
  /** Open from the start, or while printing. */
  open?: boolean;
  /** Left off paper. */
  screenOnly?: boolean;
  children: ReactNode;
};

/**
 * A section of the team page opened on demand, like the report's sections, but with a button
 * rather than <details>. Chromium hides a closed <details> with content-visibility, and any
 * such element on the page made selecting or replacing a long pasted list in the team box
 * slow: select-all and paste over 10,000 lines froze the page for half a minute, against about
 * a second on a page without one (docs/decisions/0012-team-sections-open-with-a-button.md;
 * scripts/measure-team.ts measures it). The closed contents are not rendered at all, which costs
 * nothing and hides nothing from search.
 */
export function Disclosure({ id, title, hint, open: forced = false, screenOnly, children }: Props) {
  const [open, setOpen] = useState(false);
  const shown = open || forced;
  return (
    <section
      className={screenOnly ? "report-section disclosure no-print" : "report-section disclosure"}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="disclosure-title">
        <button type="button" aria-expanded={shown} aria-controls={`${id}-body`} onClick={() => setOpen(!shown)}>
          {/* The marker is drawn by CSS, and hidden: generated text would join the button's name. */}
          <span className="disclosure-marker" aria-hidden="true" />
          {title}
        </button>
      </h2>
      {hint && <p className="report-section-hint">{hint}</p>}
      <div id={`${id}-body`} className="report-section-body" hidden={!shown}>
        {shown && children}
      </div>
    </section>
  );
}
