import * as z from "../zod-mini";
import type { Question, Questionnaire } from "./schema";

/**
 * One answer. "Don't know" is an answer of its own, not a zero; an unanswered question is a
 * missing key in the answers record.
 */
export const AnswerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("option"), index: z.int().check(z.minimum(0)) }),
  z.object({ kind: z.literal("dont-know") }),
]);

/** Answers keyed by question id. */
export const AnswersSchema = z.record(z.string(), AnswerSchema);

export type Answer = z.infer<typeof AnswerSchema>;
export type Answers = z.infer<typeof AnswersSchema>;

export const DONT_KNOW: Answer = Object.freeze({ kind: "dont-know" });
export const choose = (index: number): Answer => ({ kind: "option", index });

/** How many real options a question offers (without "Don't know"). */
export function optionCount(questionnaire: Questionnaire, question: Question): number {
  return "options" in question
    ? question.options.length
    : questionnaire.kind === "agreement"
      ? questionnaire.scale.length
      : 0;
}

/** Option labels in display order, for any kind of questionnaire. */
export function optionLabels(questionnaire: Questionnaire, question: Question): string[] {
  if ("options" in question) return question.options.map((o) => o.label);
  return questionnaire.kind === "agreement" ? [...questionnaire.scale] : [];
}

/**
 * Keeps only answers that belong to this questionnaire and point at a real option, so stored
 * or linked answers from another version can never index past the end of an options list.
 */
export function sanitiseAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const fits = (question: Question) => {
    const answer = answers[question.id];
    return answer !== undefined && (answer.kind === "dont-know" || answer.index < optionCount(questionnaire, question));
  };
  // Answers from a link fit already. Checking before copying saves building a 28-key object
  // per assessment, which was most of the time a team view spent scoring thousands of links.
  let fitting = 0;
  for (const question of questionnaire.questions) if (fits(question)) fitting += 1;
  let keys = 0;
  for (const key in answers) if (Object.hasOwn(answers, key)) keys += 1;
  if (fitting === keys) return answers;
  const clean: Answers = {};
  for (const question of questionnaire.questions) {
    const answer = answers[question.id];
    if (answer && fits(question)) clean[question.id] = answer;
  }
  return clean;
}

/** Ids of questions without any answer (not even "Don't know"). */
export function unansweredIds(questionnaire: Questionnaire, answers: Answers): string[] {
  return questionnaire.questions.filter((q) => !answers[q.id]).map((q) => q.id);
}
