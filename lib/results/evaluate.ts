import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { findVersion } from "../questionnaire/catalogue";
import type { Answers } from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import { scoreAssessment, type AssessmentScore } from "../scoring/score";

export type Evaluated = { questionnaire: Questionnaire; answers: Answers; score: AssessmentScore };

/** Pairs each assessment in a result with its questionnaire version and its score. */
export function evaluate(result: SharedResult, catalogue: Catalogue): Evaluated[] {
  return result.assessments.flatMap((a) => {
    const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
    return questionnaire
      ? [{ questionnaire, answers: a.answers, score: scoreAssessment(questionnaire, a.answers) }]
      : [];
  });
}
