/**
 * Robust summaries of a team's scores. A range (highest minus lowest) is decided by the two most
 * extreme leaders, so one person who sees everything differently made every area look
 * disputed. The interquartile range is the spread of the middle half of the team, and the
 * median its centre: a single leader moves neither, so that leader can be named instead.
 */

/**
 * The p-quantile (0–1) of values sorted ascending, interpolating between order statistics
 * (Hyndman and Fan's type 7, the default in R and in spreadsheets' QUARTILE.INC).
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] ?? 0;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] ?? below;
  return below + (h - lo) * (above - below);
}

export type Quartiles = { q1: number; median: number; q3: number; iqr: number };

export function quartilesSorted(sorted: readonly number[]): Quartiles | null {
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((p) => quantileSorted(sorted, p));
  if (q1 == null || median == null || q3 == null) return null;
  return { q1, median, q3, iqr: q3 - q1 };
}

/**
 * The p-quantile of a discrete distribution given as ascending values and how many times each
 * occurs: the same figure quantileSorted gives for the expanded list, without expanding it.
 */
export function quantileOfCounts(values: readonly number[], counts: readonly number[], p: number): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const at = (rank: number) => {
    let seen = 0;
    for (let i = 0; i < values.length; i += 1) {
      seen += counts[i] ?? 0;
      if (rank < seen) return values[i] ?? 0;
    }
    return values.at(-1) ?? 0;
  };
  const below = at(lo);
  return below + (h - lo) * (at(Math.min(lo + 1, n - 1)) - below);
}
