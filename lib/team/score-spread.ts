import type { AssessmentScore } from "../scoring/score";
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
  /** Leaders (by index in the team's leaders) who sit far from the team's median, low or high. */
  outliers: Apart[];
  /** The two groups the team splits into here, lowest first; null when it does not split. */
  camps: [Camp, Camp] | null;
  /** True when the middle half of the team is far apart: a genuine split, a finding in itself. */
  disagreement: boolean;
};

/**
 * When the middle half of the team spans a stage and a half on the journey, or 30 points on the
 * blunders (the same share of each scale), leaders see the area differently. A leader that far
 * from the team's median sits apart, low or high.
 */
export const DISAGREEMENT = { stages: 1.5, agreement: 30 } as const;

/**
 * A gap this wide between two groups, with nobody in it, splits the team into camps: a whole
 * stage, or 20 points. Smaller than DISAGREEMENT on purpose: two groups a stage apart are two
 * pictures of the organisation, even when nobody is far from the median between them.
 */
export const CAMP_GAP = { stages: 1, agreement: 20 } as const;

/** Sitting apart needs a median that is the team's, not one of two people: three leaders at least. */
export const MIN_FOR_APART = 3;

/** A camp is at least two leaders and at least a quarter of the team, so one or two who differ stay "apart". */
const campFloor = (n: number) => Math.max(2, Math.ceil(n / 4));

type Point = { leader: number; value: number };

/**
 * The widest empty gap between neighbouring scores, of at least CAMP_GAP and at least as wide
 * as either side's own spread, that leaves a camp on each side. Null when the team forms one
 * group, is spread evenly, or is one group with a few far from it.
 */
export function campsOf(sorted: readonly Point[], kind: AssessmentScore["kind"]): [Camp, Camp] | null {
  const floor = campFloor(sorted.length);
  let best: { at: number; gap: number } | null = null;
  const first = sorted[0]?.value ?? 0;
  const last = sorted.at(-1)?.value ?? 0;
  for (let i = floor; i <= sorted.length - floor; i += 1) {
    const below = sorted[i - 1]?.value ?? 0;
    const above = sorted[i]?.value ?? 0;
    const gap = above - below;
    // A team spread evenly has gaps too: a camp is tighter than the gap that sets it apart.
    const widest = Math.max(below - first, last - above);
    if (gap >= CAMP_GAP[kind] && gap >= widest && (!best || gap > best.gap)) best = { at: i, gap };
  }
  if (!best) return null;
  const camp = (points: readonly Point[]): Camp => ({
    leaders: points.map((p) => p.leader),
    min: points[0]?.value ?? 0,
    max: points.at(-1)?.value ?? 0,
  });
  return [camp(sorted.slice(0, best.at)), camp(sorted.slice(best.at))];
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
  const threshold = DISAGREEMENT[kind];
  const camps = campsOf(sorted, kind);
  // In two camps the median falls between them, so everyone would look far from it: the camps
  // are the finding, not the people in them.
  const outliers: Apart[] =
    camps || values.length < MIN_FOR_APART
      ? []
      : points
          .filter((p) => Math.abs(p.value - q.median) >= threshold)
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
    disagreement: values.length > 1 && q.iqr >= threshold,
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
