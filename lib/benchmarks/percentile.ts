import type { AssessmentScore } from "../scoring/score";
import { binOf } from "./bins";
import type { AreaDistribution } from "./schema";

/**
 * Where a score stands among a benchmark's leaders, 0–100: those in lower bins, plus half of
 * those in the same bin (the mid-rank, since within a bin the order is unknown). Null when
 * nobody in the benchmark has a score for the area.
 */
export function percentile(area: AreaDistribution, kind: AssessmentScore["kind"], value: number): number | null {
  const bin = binOf(kind, value);
  let below = 0;
  let total = 0;
  area.counts.forEach((c, i) => {
    total += c;
    if (i < bin) below += c;
  });
  if (total === 0) return null;
  return Math.round(((below + (area.counts[bin] ?? 0) / 2) / total) * 100);
}
