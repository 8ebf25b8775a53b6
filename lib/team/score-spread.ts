import type { AssessmentScore } from "../scoring/score";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN, TWO_CAMPS } from "../scoring/thresholds";
import { quartilesSorted } from "./robust";

/** Which way a leader sits apart from the rest of the team. */
export type Side = "low" | "high";

/** A leader who sees an area far from the rest of the team. */
export type Apart = { leader: number; value: number; side: Side };

/** One of two groups an area splits the team into. */
export type Camp = { leaders: number[]; min: number; max: number };

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
  /** Leaders (by index in the team's leaders) FAR_APART or more from the team's median, low or high. */
  outliers: Apart[];
  /** The two groups the team splits into here, lowest first; null when it does not split. */
  camps: [Camp, Camp] | null;
  /** True when the middle half of the team is FAR_APART or more wide: leaders see the area differently. */
  disagreement: boolean;
};

/** A camp is at least TWO_CAMPS.minLeaders leaders and TWO_CAMPS.minShare of the team, so one or two who differ stay "far". */
const campFloor = (n: number) => Math.max(TWO_CAMPS.minLeaders, Math.ceil(n * TWO_CAMPS.minShare));

type Point = { leader: number; value: number };

/**
 * True when a distance reaches a threshold. Scores are means (10/3, 29/6), so a distance that
 * reads 1.5 on the page can be 1.4999999999999996 in floating point: a millionth of slack keeps
 * the rule the reader can check by hand.
 */
export const reaches = (distance: number, threshold: number) => distance >= threshold - 1e-6;

/**
 * The two camps the team splits into (TWO_CAMPS): the gap between neighbouring scores that is at
 * least FAR_APART wide and wider than the spread inside the group on either side of it, with
 * enough leaders on each side. At most one gap can be wider than everything on both sides of it,
 * so the split, when there is one, is unique. Null when the team forms one group, is spread
 * evenly, falls into three groups, or is one group with a few far from it.
 */
export function campsOf(sorted: readonly Point[], kind: AssessmentScore["kind"]): [Camp, Camp] | null {
  const floor = campFloor(sorted.length);
  const first = sorted[0]?.value ?? 0;
  const last = sorted.at(-1)?.value ?? 0;
  for (let i = floor; i <= sorted.length - floor; i += 1) {
    const below = sorted[i - 1]?.value ?? 0;
    const above = sorted[i]?.value ?? 0;
    const gap = above - below;
    if (reaches(gap, FAR_APART[kind]) && gap > below - first + 1e-6 && gap > last - above + 1e-6) {
      const camp = (points: readonly Point[]): Camp => ({
        leaders: points.map((p) => p.leader),
        min: points[0]?.value ?? 0,
        max: points.at(-1)?.value ?? 0,
      });
      return [camp(sorted.slice(0, i)), camp(sorted.slice(i))];
    }
  }
  return null;
}

function summarise(id: string, name: string, points: Point[], kind: AssessmentScore["kind"]): DimensionSpread {
  const sorted = [...points].sort((a, b) => a.value - b.value || a.leader - b.leader);
  const values = sorted.map((p) => p.value);
  const q = quartilesSorted(values);
  if (!q) {
    const none = { count: 0, mean: null, min: null, max: null, range: null, median: null, q1: null, q3: null };
    return { id, name, ...none, iqr: null, outliers: [], camps: null, disagreement: false };
  }
  let sum = 0;
  for (const v of values) sum += v;
  const min = values[0] ?? 0;
  const max = values.at(-1) ?? 0;
  const threshold = FAR_APART[kind];
  const camps = campsOf(sorted, kind);
  // Far from the median is one rule, camps or not: the grid marks exactly these leaders. Where
  // the team splits, the camps are the finding that names them (see lib/team/claims.ts).
  const outliers: Apart[] =
    values.length < MIN_LEADERS_FOR_MEDIAN
      ? []
      : points
          .filter((p) => reaches(Math.abs(p.value - q.median), threshold))
          .map((p) => ({ ...p, side: p.value < q.median ? "low" : "high" }));
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
    camps,
    disagreement: values.length > 1 && reaches(q.iqr, threshold),
  };
}

/** One leader's score for one area. */
export type ScoredBy = { leader: number; score: AssessmentScore };

/**
 * Per area, over every leader with a score for it: mean, extremes, quartiles, the leaders who
 * sit apart, the camps, and whether the team as a whole is split.
 */
export function summariseDimensions(scored: readonly ScoredBy[], kind: AssessmentScore["kind"]): DimensionSpread[] {
  const areas = new Map<string, { name: string; points: Point[] }>();
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
