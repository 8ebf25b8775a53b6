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
