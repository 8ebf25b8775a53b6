import fc from "fast-check";
import { choose, DONT_KNOW, optionCount, type Answer, type Answers } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";

/** Any answer set for a questionnaire: each question unanswered, "don't know" or an option. */
export function answersFor(q: Questionnaire): fc.Arbitrary<Answers> {
  const entries = q.questions.map((question) =>
    fc
      .oneof(
        fc.constant(null),
        fc.constant(DONT_KNOW),
        fc.integer({ min: 0, max: optionCount(q, question) - 1 }).map(choose),
      )
      .map((answer): [string, Answer][] => (answer ? [[question.id, answer]] : [])),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.flat()));
}
