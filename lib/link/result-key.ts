import { findVersion, type Catalogue } from "../questionnaire/catalogue";
import { answersKey } from "./answers-codec";
import type { SharedResult } from "./result-schema";

/**
 * A key that two results share exactly when they hold the same assessments (in any order) and
 * answers, however their links were spelled. A team view tells thousands of pasted links apart
 * with it: writing each link afresh to compare them cost a third of the time of reading them.
 */
export function answersOnlyKey(result: SharedResult, catalogue: Catalogue): string {
  const assessments = [...result.assessments]
    .sort((a, b) => (a.questionnaireId < b.questionnaireId ? -1 : 1))
    .map((a) => {
      const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
      return [a.questionnaireId, a.version, questionnaire ? answersKey(questionnaire, a.answers) : ""];
    });
  return JSON.stringify(assessments);
}

/** A key two results share exactly when everything in them is the same: answers, names, date and targets. */
export function resultKey(
  result: SharedResult,
  catalogue: Catalogue,
  answers = answersOnlyKey(result, catalogue),
): string {
  const targets = Object.entries(result.targets ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([answers, result.label ?? null, result.org ?? null, result.date ?? null, targets]);
}
