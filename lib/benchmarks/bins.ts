import type { AssessmentScore } from "../scoring/score";

/** How finely a benchmark keeps scores: twenty bins across each scale, no single values. */
export const BIN_COUNT = 20;

/** The scale's bottom and width: stages run 1–6, blunder avoidance 0–100. */
const SCALE = { stages: { lo: 1, width: 5 }, agreement: { lo: 0, width: 100 } } as const;

/** The bin a score falls in, from 0; the top of the scale belongs to the last bin. */
export function binOf(kind: AssessmentScore["kind"], value: number): number {
  const { lo, width } = SCALE[kind];
  const i = Math.floor(((value - lo) / width) * BIN_COUNT);
  return Math.min(BIN_COUNT - 1, Math.max(0, i));
}
