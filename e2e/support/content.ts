import { loadCurrentQuestionnaires } from "../../lib/content/assessments/load-questionnaires";
import { choose, type Answers } from "../../lib/questionnaire/answers";
import type { AgreementQuestionnaire, StagesQuestionnaire } from "../../lib/questionnaire/schema";

// The suite reads the same content files as the site, so questions can change without
// breaking tests, and expectations are computed here rather than copied from the page.
const all = loadCurrentQuestionnaires();

export function journey(): StagesQuestionnaire {
  const q = all.find((x) => x.id === "journey");
  if (!q || q.kind !== "stages") throw new Error("content has no journey questionnaire");
  return q;
}

export function blunders(): AgreementQuestionnaire {
  const q = all.find((x) => x.id === "blunders");
  if (!q || q.kind !== "agreement") throw new Error("content has no blunders questionnaire");
  return q;
}

/** A plain average, written out again here so the test does not trust the code it checks. */
export const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Two decimals without trailing zeros, as the results table shows stage scores. */
export const shown = (value: number) => String(Math.round(value * 100) / 100);

/** Every journey question answered with option `pick(i)`, clamped to that question's options. */
export const journeyAnswers = (pick: (i: number) => number): Answers =>
  Object.fromEntries(journey().questions.map((x, i) => [x.id, choose(Math.min(pick(i), x.options.length - 1))]));

/** The journey's area scores for a set of answers, worked out here from the content file. */
export const journeyAreaScores = (a: Answers) => {
  const q = journey();
  return q.dimensions.map((d) =>
    average(
      q.questions
        .filter((x) => x.dimension === d.id)
        .map((x) => {
          const answer = a[x.id];
          return answer?.kind === "option" ? x.options[answer.index]!.stage : 0;
        }),
    ),
  );
};

/**
 * Each area's margin for a set of answers, written out from the rule /how-scoring-works/ states:
 * (highest stage − lowest stage) ÷ answers. A change no larger than the wider side's margin is
 * "within the spread of your answers".
 */
export const journeyAreaMargins = (a: Answers) => {
  const q = journey();
  return q.dimensions.map((d) => {
    const stages = q.questions.flatMap((x) => {
      const answer = a[x.id];
      return x.dimension === d.id && answer?.kind === "option" ? [x.options[answer.index]!.stage] : [];
    });
    return (Math.max(...stages) - Math.min(...stages)) / stages.length;
  });
};
