import { startTransition, useEffect, useState } from "react";

/**
 * How many of `total` items to draw: `step` at first, then `step` more in each following task,
 * until all are drawn. React commits a render in one task, however it was sliced: 100 rows of a
 * 13-column grid (with their print copies) were one task of some 300 ms at 4× CPU; drawn 20 at a
 * time they are several short ones, with the page answering keys and clicks between them.
 */
export function useStaged(total: number, step: number): number {
  const [drawn, setDrawn] = useState(step);
  useEffect(() => {
    if (drawn >= total) return;
    // A timeout, not the effect itself: the browser paints and takes input before the next rows.
    const next = setTimeout(() => startTransition(() => setDrawn((n) => n + step)), 0);
    return () => clearTimeout(next);
  }, [drawn, total, step]);
  return Math.min(drawn, total);
}
