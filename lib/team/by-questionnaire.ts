import type { Catalogue } from "../questionnaire/catalogue";
import { summariseDimensions } from "./spread";
import type { QuestionnaireAggregate, Respondent } from "./types";

/** Per questionnaire, in the order first met: who took it and the spread per area. */
export function byQuestionnaire(respondents: Respondent[], catalogue: Catalogue): QuestionnaireAggregate[] {
  const ids = [...new Set(respondents.flatMap((r) => r.result.assessments.map((a) => a.questionnaireId)))];
  return ids.map((id) => {
    const taking = respondents.flatMap((r) => {
      const i = r.result.assessments.findIndex((a) => a.questionnaireId === id);
      const score = r.scores[i];
      const a = r.result.assessments[i];
      return a && score ? [{ version: a.version, score }] : [];
    });
    const newest = catalogue.filter((q) => q.id === id).sort((x, y) => y.version - x.version)[0];
    const kind = taking[0]?.score.kind ?? "stages";
    return {
      questionnaireId: id,
      title: newest?.title ?? id,
      kind,
      versions: [...new Set(taking.map((t) => t.version))].sort((x, y) => x - y),
      respondents: taking.length,
      dimensions: summariseDimensions(
        taking.map((t) => t.score),
        kind,
      ),
    };
  });
}
