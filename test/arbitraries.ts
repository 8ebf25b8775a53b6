import fc from "fast-check";
import { choose, DONT_KNOW, optionCount, type Answer, type Answers } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";
import type { Catalogue } from "../lib/questionnaire/catalogue";
import { decodeFragment, encodeFragment } from "../lib/link/fragment";
import type { SharedResult } from "../lib/link/result-schema";
import { linkErrorInEnglish } from "../lib/link/english-errors";

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

/** Either weighting: as real leaders answer, or every kind of answer equally often. */
const anyWeights = fc.constantFrom<AnswerWeights | undefined>(LIKE_LEADERS, undefined);

/**
 * Any result a link can hold over a catalogue: one or both questionnaires, each at any of its
 * versions, answered either way, with any chosen targets (1–6 for any journey area) and the
 * given date. Round-tripped through a link, so it is exactly what the results page would read.
 */
export function resultsOf(catalogue: Catalogue, date: string): fc.Arbitrary<SharedResult> {
  const ids = [...new Set(catalogue.map((q) => q.id))];
  const areas = [...new Set(catalogue.flatMap((q) => (q.kind === "stages" ? q.dimensions.map((d) => d.id) : [])))];
  const assessment = (id: string) =>
    fc
      .constantFrom(...catalogue.filter((q) => q.id === id))
      .chain((q) =>
        anyWeights.chain((w) =>
          answersFor(q, w).map((answers) => ({ questionnaireId: q.id, version: q.version, answers })),
        ),
      );
  return fc
    .record({
      picked: fc.subarray(ids, { minLength: 1 }),
      targets: fc.option(fc.array(fc.tuple(fc.constantFrom(...areas), fc.integer({ min: 1, max: 6 })))),
    })
    .chain(({ picked, targets }) =>
      fc.tuple(...picked.map(assessment)).map((assessments) => ({
        assessments,
        date,
        ...(targets && { targets: Object.fromEntries(targets) }),
      })),
    )
    .map((result) => {
      const read = decodeFragment(encodeFragment(result, catalogue), catalogue);
      if (!read.ok) throw new Error(linkErrorInEnglish(read.error));
      return read.value;
    });
}
