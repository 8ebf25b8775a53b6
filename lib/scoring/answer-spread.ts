import { sanitiseAnswers, type Answers } from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import { answerValue } from "./answer-value";

/**
 * How far one leader's own answers in one area agree: the lowest and highest value among the
 * answers that count (stages for the journey, avoidance 0–100 for the blunders), and how many
 * there were. "Don't know" and unanswered questions are not evidence, so they are left out.
 */
export type Spread = { low: number; high: number; answered: number };

/** Each area's spread, by area id; an area with no answer that counts has none. */
export function answerSpreads(questionnaire: Questionnaire, answers: Answers): Record<string, Spread> {
  const clean = sanitiseAnswers(questionnaire, answers);
  const spreads: Record<string, Spread> = {};
  for (const question of questionnaire.questions) {
    const value = answerValue(questionnaire, question, clean[question.id]);
    if (value === null) continue;
    const seen = spreads[question.dimension];
    spreads[question.dimension] = seen
      ? { low: Math.min(seen.low, value), high: Math.max(seen.high, value), answered: seen.answered + 1 }
      : { low: value, high: value, answered: 1 };
  }
  return spreads;
}

/**
 * How far the area's average would move if one of its answers moved from one end of the spread
 * to the other: (highest − lowest) ÷ answers. With answers at stages 2, 3, 3 and 5 that is
 * (5 − 2) ÷ 4 = 0.75. A change in the average no larger than this could come from a single
 * answer read differently, so it is not evidence of progress or decline. The whole range (3 here)
 * would be too strict a bar: every answer moving up a stage, a real change, moves the average
 * by 1 and would still count as noise.
 */
export function spreadMargin(spread: Spread): number {
  return (spread.high - spread.low) / spread.answered;
}
