import type { AssessmentScore } from "../scoring/score";
import { formatStageScore } from "../results/format";
import { plural } from "../shared/plural";

/**
 * A sentence about the team whose leaders are named only when it is shown: by role on the
 * facilitator's screen, as "Leader A" in front of the team. So one finding serves both, and
 * hiding names can never miss one.
 */
export type Part = string | { leader: number };
export type Sentence = Part[];

/** The sentence as text, each leader named by `nameOf`. */
export function sentenceText(sentence: Sentence, nameOf: (leader: number) => string): string {
  return sentence.map((part) => (typeof part === "string" ? part : nameOf(part.leader))).join("");
}

/** "A", "A and B", "A, B and C", as a sentence of parts. */
export function listOf(items: readonly Sentence[]): Sentence {
  return items.flatMap((item, i) => {
    if (i === 0) return item;
    return [i === items.length - 1 ? " and " : ", ", ...item];
  });
}

/** A score as the site writes it: a stage with up to two decimals, or whole points. */
export function scoreText(kind: AssessmentScore["kind"], value: number): string {
  return kind === "stages" ? formatStageScore(value) : String(Math.round(value));
}

/** A stretch of scores: "2–4", or "2" when it is one value. */
export function spanText(kind: AssessmentScore["kind"], low: number, high: number): string {
  const [a, b] = [scoreText(kind, low), scoreText(kind, high)];
  return a === b ? a : `${a}–${b}`;
}

/** A distance on the scale, with its unit: "1.5 stages", "30 points". */
export function distanceText(kind: AssessmentScore["kind"], value: number): string {
  const unit = kind === "stages" ? plural(value, "stage", "stages") : plural(Math.round(value), "point", "points");
  return `${scoreText(kind, value)} ${unit}`;
}
