import { optionLabels } from "./answers";
import type { Question, Questionnaire } from "./schema";

/**
 * How long a questionnaire takes, worked out from its text rather than guessed: reading every
 * word of a question, its hint and its options at a careful 200 words a minute (slower than
 * the 240 of ordinary prose, since each option is weighed against the others), plus the time
 * it takes to decide: 10 seconds on a question whose options describe stages, 4 seconds on a
 * statement answered on the agreement scale, whose five labels are read once, not each time.
 */
export const READING_WORDS_PER_MINUTE = 200;
export const DECISION_SECONDS = { stages: 10, agreement: 4 } as const;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Seconds one question takes: its words at the reading speed, then the decision. */
export function questionSeconds(questionnaire: Questionnaire, question: Question): number {
  const read = [
    question.text,
    question.help ?? "",
    ...(questionnaire.kind === "stages" ? optionLabels(questionnaire, question) : []),
  ]
    .map(words)
    .reduce((a, b) => a + b, 0);
  return (read / READING_WORDS_PER_MINUTE) * 60 + DECISION_SECONDS[questionnaire.kind];
}

/** Minutes for the questions from `from` onwards (all of them by default), rounded up. */
export function minutesLeft(questionnaire: Questionnaire, from = 0): number {
  let seconds = questionnaire.questions.slice(from).reduce((sum, q) => sum + questionSeconds(questionnaire, q), 0);
  // The agreement scale is read once, at the start.
  if (questionnaire.kind === "agreement" && from === 0)
    seconds += (words(questionnaire.scale.join(" ")) / READING_WORDS_PER_MINUTE) * 60;
  return Math.max(1, Math.ceil(seconds / 60));
}
