import { optionLabels } from "./answers";
import type { Question, Questionnaire } from "./schema";
import { countOf } from "../shared/plural";

/**
 * How long a questionnaire takes, worked out from its text rather than guessed: reading every
 * word of a question, its hint and its options, plus the time it takes to decide: 10 seconds on
 * a question whose options describe stages, 4 seconds on a statement answered on the agreement
 * scale, whose five labels are read once, not each time.
 *
 * The pace is a careful reader's in a second language, not a native speaker's skimming: adults
 * read English non-fiction silently at about 238 words a minute on average, most between 175 and
 * 300, and slower in a second language (Brysbaert, "How many words do we read per minute?",
 * 2019). Many leaders answer in their second language, and each option is weighed against the
 * others, so the estimate assumes 130: at 200 it promised 19 minutes for the journey, which a
 * careful reader does not keep. Every page that shows the estimate says this pace (estimateText).
 */
export const READING_WORDS_PER_MINUTE = 130;
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

/**
 * Each question's seconds, worked out once per questionnaire: the flow shows the time left after
 * every answer, and splitting every remaining question's words into a fresh array each time was
 * the costliest line of our code in an answer's task.
 */
const secondsByQuestion = new WeakMap<Questionnaire, readonly number[]>();
function questionsSeconds(questionnaire: Questionnaire): readonly number[] {
  const known = secondsByQuestion.get(questionnaire);
  if (known) return known;
  const seconds = questionnaire.questions.map((q) => questionSeconds(questionnaire, q));
  secondsByQuestion.set(questionnaire, seconds);
  return seconds;
}

/** Minutes for the questions from `from` onwards (all of them by default), rounded up. */
export function minutesLeft(questionnaire: Questionnaire, from = 0): number {
  let seconds = questionsSeconds(questionnaire)
    .slice(from)
    .reduce((sum, s) => sum + s, 0);
  // The agreement scale is read once, at the start.
  if (questionnaire.kind === "agreement" && from === 0)
    seconds += (words(questionnaire.scale.join(" ")) / READING_WORDS_PER_MINUTE) * 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The estimate as pages show it, with the reading pace it assumes, so a reader can adjust it:
 * "about 26 minutes, reading carefully at 130 words a minute" (`scope` goes after the minutes:
 * "in all").
 */
export function estimateText(minutes: number, scope?: string): string {
  const time = `about ${countOf(minutes, "minute", "minutes")}${scope ? ` ${scope}` : ""}`;
  return `${time}, reading carefully at ${READING_WORDS_PER_MINUTE} words a minute`;
}
