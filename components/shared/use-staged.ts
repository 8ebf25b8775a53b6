import { startTransition, useEffect, useState } from "react";

/**
 * How many of `total` items to draw: `step` at first, then `step` more in each following task,
 * until all are drawn. React commits a render in one task, however it was sliced: 100 rows of a
 * 13-column grid (with their print copies) were one task of some 300 ms at 4× CPU; drawn 10 at a
 * time they are several short ones, with the page answering keys and clicks between them.
 * A new `source` (another team read) starts again from `step`: drawn whole in one go, a new
 * reading would be the one long task the staging is there to avoid.
 */
export function useStaged(total: number, step: number, source?: unknown): number {
  const [staged, setStaged] = useState({ source, drawn: step });
  let drawn = staged.drawn;
  if (staged.source !== source) {
    // Reset while rendering (React's pattern for state that follows a prop): no frame of the
    // whole new team is drawn first.
    drawn = step;
    setStaged({ source, drawn });
  }
  useEffect(() => {
    if (drawn >= total) return;
    // A timeout, not the effect itself: the browser paints and takes input before the next rows.
    const next = setTimeout(
      () => startTransition(() => setStaged((s) => (s.source === source ? { source, drawn: s.drawn + step } : s))),
      0,
    );
    return () => clearTimeout(next);
  }, [drawn, total, step, source]);
  return Math.min(drawn, total);
}
