import type { Words } from "../report/words";
import type { Evaluated } from "../results/evaluate";
import { answerText } from "../results/export";

/** One question answered differently in a later result than in an earlier one. */
export type MovedAnswer = {
  questionId: string;
  /** The question as the later version asks it. */
  question: string;
  /** The area (journey) or blunder (blunders check) it belongs to. */
  area: string;
  /** The earlier answer as the respondent saw it, or "No answer". */
  before: string;
  after: string;
};

/**
 * The questions both versions ask whose answer changed, in the later version's order. Answers
 * are matched by question id and compared by the text shown, so an option renamed between
 * versions without changing its meaning does not count as moved, and a question new in the
 * later version is not a move (the flow marks those "new since last time").
 */
export function movedAnswers(before: Evaluated, after: Evaluated, w: Words): MovedAnswer[] {
  const { noAnswer, dontKnow } = w.messages.results.change;
  const earlier = new Map(before.questionnaire.questions.map((q) => [q.id, q]));
  const areas = new Map(after.questionnaire.dimensions.map((d) => [d.id, d.name]));
  return after.questionnaire.questions.flatMap((question) => {
    const old = earlier.get(question.id);
    if (!old) return [];
    const was = answerText(before.questionnaire, old, before.answers[question.id], dontKnow) || noAnswer;
    const now = answerText(after.questionnaire, question, after.answers[question.id], dontKnow) || noAnswer;
    if (was === now) return [];
    return [
      {
        questionId: question.id,
        question: question.text,
        area: areas.get(question.dimension) ?? question.dimension,
        before: was,
        after: now,
      },
    ];
  });
}
