import type { Answer } from "../questionnaire/answers";
import type { AgreementQuestion, Question, Questionnaire } from "../questionnaire/schema";

/**
 * How far one answer shows the blunder avoided, 0–100. On a five-point scale (index 0 =
 * strongly disagree … 4 = strongly agree), agreeing with a blunder-keyed statement scores low
 * and agreeing with an alternative-keyed statement scores high.
 */
export function avoidance(question: AgreementQuestion, index: number, points: number): number | undefined {
  if (index < 0 || index >= points) return undefined;
  const agreement = index / (points - 1);
  return (question.keying === "blunder" ? 1 - agreement : agreement) * 100;
}

/**
 * What choosing option `index` shows: the stage it evidences (journey), or how far it shows
 * the blunder avoided, 0–100 (blunders). Undefined for an index past the options.
 */
export function optionValue(questionnaire: Questionnaire, question: Question, index: number): number | undefined {
  if ("options" in question) return question.options[index]?.stage;
  if ("keying" in question && questionnaire.kind === "agreement") {
    return avoidance(question, index, questionnaire.scale.length);
  }
  return undefined;
}

/** An answer's value as scoring counts it; null for "Don't know", no answer, or no such option. */
export function answerValue(
  questionnaire: Questionnaire,
  question: Question,
  answer: Answer | undefined,
): number | null {
  if (answer?.kind !== "option") return null;
  return optionValue(questionnaire, question, answer.index) ?? null;
}
