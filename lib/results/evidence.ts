import type { Answers } from "../questionnaire/answers";
import type { AgreementQuestionnaire } from "../questionnaire/schema";
import { answerValue } from "../scoring/answer-value";

/**
 * An answer is evidence of a blunder when it shows at most 25 of 100 points of avoidance: on
 * the five-point scale, agreeing or strongly agreeing with the blunder, or disagreeing or
 * strongly disagreeing with its alternative. "Neither" (50) is not evidence either way.
 */
export const EVIDENCE_MAX_AVOIDANCE = 25;

export type Evidence = { questionId: string; text: string; answer: string };

/**
 * The respondent's own answers that point to one blunder, so a report speaks about their
 * organisation rather than about blunders in general. In questionnaire order.
 */
export function blunderEvidence(
  questionnaire: AgreementQuestionnaire,
  dimensionId: string,
  answers: Answers,
): Evidence[] {
  return questionnaire.questions.flatMap((q) => {
    const answer = answers[q.id];
    if (q.dimension !== dimensionId || answer?.kind !== "option") return [];
    const value = answerValue(questionnaire, q, answer);
    if (value === null || value > EVIDENCE_MAX_AVOIDANCE) return [];
    return [{ questionId: q.id, text: q.text, answer: questionnaire.scale[answer.index] ?? "" }];
  });
}
