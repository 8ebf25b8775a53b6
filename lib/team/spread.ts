import type { AssessmentScore } from "../scoring/score";

export type DimensionSpread = {
  id: string;
  name: string;
  /** Respondents with a score for this area. */
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Highest minus lowest score. */
  range: number | null;
  /** True when leaders see this area very differently: a finding in itself. */
  disagreement: boolean;
};

/** Two stages apart on the journey, or 40 points on the blunders, is more than noise. */
export const DISAGREEMENT = { stages: 2, agreement: 40 } as const;

/** Mean, minimum, maximum and range per area, over every respondent who has a score for it. */
export function summariseDimensions(scores: AssessmentScore[], kind: AssessmentScore["kind"]): DimensionSpread[] {
  const areas = new Map<string, { name: string; values: number[] }>();
  for (const score of scores) {
    for (const d of score.dimensions) {
      const area = areas.get(d.id) ?? { name: d.name, values: [] };
      if (d.score !== null) area.values.push(d.score);
      areas.set(d.id, area);
    }
  }
  return [...areas].map(([id, { name, values }]) => {
    if (values.length === 0)
      return { id, name, count: 0, mean: null, min: null, max: null, range: null, disagreement: false };
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    const range = max - min;
    return {
      id,
      name,
      count: values.length,
      mean: sum / values.length,
      min,
      max,
      range,
      disagreement: values.length > 1 && range >= DISAGREEMENT[kind],
    };
  });
}
