import fc from "fast-check";
import { choose, DONT_KNOW, optionCount, type Answer, type Answers } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";

/** How often a question is left unanswered, answered "don't know", or given an option. */
export type AnswerWeights = { skipped: number; dontKnow: number; option: number };

/** As real leaders answer: mostly options, the odd "don't know" and skipped question. */
export const LIKE_LEADERS: AnswerWeights = { skipped: 5, dontKnow: 10, option: 85 };

/**
 * Any answer set for a questionnaire: each question unanswered, "don't know" or an option,
 * equally often unless `weights` says otherwise.
 */
export function answersFor(q: Questionnaire, weights?: AnswerWeights): fc.Arbitrary<Answers> {
  const { skipped, dontKnow, option } = weights ?? { skipped: 1, dontKnow: 1, option: 1 };
  const entries = q.questions.map((question) =>
    fc
      .oneof(
        { arbitrary: fc.constant(null), weight: skipped },
        { arbitrary: fc.constant(DONT_KNOW), weight: dontKnow },
        { arbitrary: fc.integer({ min: 0, max: optionCount(q, question) - 1 }).map(choose), weight: option },
      )
      .map((answer): [string, Answer][] => (answer ? [[question.id, answer]] : [])),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.flat()));
}
