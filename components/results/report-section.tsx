import { useState, type ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  /** One line under the title saying what opening it shows. */
  hint?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Left off paper: controls to share or download mean nothing in print. */
  screenOnly?: boolean;
  children: ReactNode;
};

/**
 * A part of the report that a reader opens on demand. Its contents are rendered only once it
 * is open: a closed section costs the page nothing, so the summary appears at once even on a
 * slow phone. Printing opens every section (see usePrinting).
 */
export function ReportSection({ id, title, hint, open, onOpenChange, screenOnly, children }: Props) {
  return (
    <section
      className={screenOnly ? "report-section no-print" : "report-section"}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <details open={open} onToggle={(event) => onOpenChange(event.currentTarget.open)}>
        <summary>
          <h2 id={`${id}-title`}>{title}</h2>
          {hint && <span className="report-section-hint">{hint}</span>}
        </summary>
        {open && <div className="report-section-body">{children}</div>}
      </details>
    </section>
  );
}

/**
 * Which sections are open, with every one open while printing; `initially` start open.
 * `bind(id)` is everything a ReportSection needs to follow it: `<ReportSection {...sections.bind("plan")}>`.
 */
export function useSections(printing: boolean, initially: readonly string[] = []) {
  const [open, setOpenIds] = useState<ReadonlySet<string>>(() => new Set(initially));
  const isOpen = (id: string) => printing || open.has(id);
  const setOpen = (id: string, value: boolean) =>
    setOpenIds((current) => {
      if (current.has(id) === value) return current;
      const next = new Set(current);
      if (value) next.add(id);
      else next.delete(id);
      return next;
    });
  return {
    isOpen,
    setOpen,
    bind: (id: string) => ({ id, open: isOpen(id), onOpenChange: (value: boolean) => setOpen(id, value) }),
  };
}
