import { optionLabels, type Answers } from "./answers";
import { changesSince, hasChangelogSince } from "./changes";
import type { Question, Questionnaire } from "./schema";

export type CarriedOver = {
  /** Earlier answers that still mean the same in the current version, by question id. */
  answers: Answers;
  /** Current questions left for the respondent because they are new or changed since then. */
  fresh: string[];
};

const sameQuestion = (a: Questionnaire, qa: Question, b: Questionnaire, qb: Question) =>
  qa.text === qb.text && JSON.stringify(optionLabels(a, qa)) === JSON.stringify(optionLabels(b, qb));

/**
 * What a retake keeps from an earlier result: answers carry over by question id, except where
 * the question is new or changed since the earlier version. The changelog says which changed;
 * where it does not cover the versions in between, a question carries over only if its text and
 * options read exactly as they did. An answer that no longer fits its options is dropped.
 */
export function carryOver(current: Questionnaire, earlier: Questionnaire, answers: Answers): CarriedOver {
  const logged = earlier.version <= current.version && hasChangelogSince(current, earlier.version);
  const changes = logged ? changesSince(current, earlier.version) : new Map<string, string>();
  const before = new Map(earlier.questions.map((q) => [q.id, q]));
  const carried: Answers = {};
  const fresh: string[] = [];
  for (const question of current.questions) {
    const old = before.get(question.id);
    const unchanged =
      old !== undefined && (logged ? !changes.has(question.id) : sameQuestion(current, question, earlier, old));
    if (!unchanged) {
      fresh.push(question.id);
      continue;
    }
    const answer = answers[question.id];
    if (!answer) continue;
    if (answer.kind === "dont-know" || answer.index < optionLabels(current, question).length)
      carried[question.id] = answer;
  }
  return { answers: carried, fresh };
}
