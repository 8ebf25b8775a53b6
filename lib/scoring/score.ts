import { sanitiseAnswers, type Answers } from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import { scoreAgreement, type AgreementScore } from "./agreement";
import { scoreStages, type StagesScore } from "./stages";

export type AssessmentScore = StagesScore | AgreementScore;

/** Scores any questionnaire. Answers that do not fit it are ignored rather than trusted. */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): AssessmentScore {
  const clean = sanitiseAnswers(questionnaire, answers);
  return questionnaire.kind === "stages" ? scoreStages(questionnaire, clean) : scoreAgreement(questionnaire, clean);
}

/**
 * The one number that sums up a result: the overall stage (1–6) for the journey, the overall
 * avoidance (0–100) for the blunders. Null when too few areas were scored to say.
 */
export function overallOf(score: AssessmentScore): number | null {
  return score.kind === "stages" ? score.stage : score.mean;
}
