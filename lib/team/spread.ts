import type { AssessmentScore } from "../scoring/score";
import { isOutlier, MIN_FOR_OUTLIERS, quartilesSorted } from "./robust";

export type DimensionSpread = {
  id: string;
  name: string;
  /** Leaders with a score for this area. */
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Highest minus lowest score: shown, but not how disagreement is judged. */
  range: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** The spread of the middle half of the team (q3 − q1): one leader cannot move it. */
  iqr: number | null;
  /** Leaders (by index in the team's leaders) who see this area very differently from the rest. */
  outliers: { leader: number; value: number }[];
  /** True when the middle half of the team is far apart: a genuine split, a finding in itself. */
  disagreement: boolean;
};

/**
 * When the middle half of the team spans a stage and a half on the journey, or 30 points on the
 * blunders (the same share of each scale), leaders see the area differently. The same distance
 * from the median marks a single leader as an outlier.
 */
export const DISAGREEMENT = { stages: 1.5, agreement: 30 } as const;

/** One leader's score for one area. */
export type ScoredBy = { leader: number; score: AssessmentScore };

function summarise(
  id: string,
  name: string,
  points: { leader: number; value: number }[],
  kind: AssessmentScore["kind"],
) {
  const values = points.map((p) => p.value).sort((a, b) => a - b);
  const q = quartilesSorted(values);
  if (!q) {
    const none = { count: 0, mean: null, min: null, max: null, range: null, median: null, q1: null, q3: null };
    return { id, name, ...none, iqr: null, outliers: [], disagreement: false };
  }
  let sum = 0;
  for (const v of values) sum += v;
  const min = values[0] ?? 0;
  const max = values.at(-1) ?? 0;
  const threshold = DISAGREEMENT[kind];
  const outliers = values.length >= MIN_FOR_OUTLIERS ? points.filter((p) => isOutlier(p.value, q, threshold)) : [];
  return {
    id,
    name,
    count: values.length,
    mean: sum / values.length,
    min,
    max,
    range: max - min,
    ...q,
    outliers,
    disagreement: values.length > 1 && q.iqr >= threshold,
  };
}

/**
 * Per area, over every leader with a score for it: mean, extremes, quartiles, the leaders who
 * stand apart, and whether the team as a whole is split.
 */
export function summariseDimensions(scored: readonly ScoredBy[], kind: AssessmentScore["kind"]): DimensionSpread[] {
  const areas = new Map<string, { name: string; points: { leader: number; value: number }[] }>();
  for (const { leader, score } of scored) {
    for (const d of score.dimensions) {
      let area = areas.get(d.id);
      if (!area) {
        area = { name: d.name, points: [] };
        areas.set(d.id, area);
      }
      if (d.score !== null) area.points.push({ leader, value: d.score });
    }
  }
  return [...areas].map(([id, { name, points }]) => summarise(id, name, points, kind));
}

/**
 * The leaders who stand apart, each with the areas where they do, in team order: one person
 * who sees everything differently is one finding, not one per area.
 */
export function outliersByLeader(dimensions: readonly DimensionSpread[]): { leader: number; areas: string[] }[] {
  const byLeader = new Map<number, string[]>();
  for (const d of dimensions) {
    for (const o of d.outliers) {
      const areas = byLeader.get(o.leader);
      if (areas) areas.push(d.name);
      else byLeader.set(o.leader, [d.name]);
    }
  }
  return [...byLeader].sort(([a], [b]) => a - b).map(([leader, areas]) => ({ leader, areas }));
}
