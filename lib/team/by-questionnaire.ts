import type { Catalogue } from "../questionnaire/catalogue";
import { teamOverall } from "./overall";
import { summariseDimensions } from "./score-spread";
import type { QuestionnaireAggregate } from "./types";
import type { Leader } from "./people";

/**
 * Per questionnaire, the journey first: who took it and the spread per area. Counted over
 * leaders, not links, so one person's two partial links count as one respondent.
 */
export function byQuestionnaire(leaders: readonly Leader[], catalogue: Catalogue): QuestionnaireAggregate[] {
  // The journey first, as everywhere on the site; then catalogue order.
  const rank = (id: string) => {
    const i = catalogue.findIndex((q) => q.id === id);
    return (catalogue[i]?.kind === "stages" ? 0 : catalogue.length) + i;
  };
  const ids = [...new Set(leaders.flatMap((l) => l.assessments.map((a) => a.questionnaireId)))].sort(
    (a, b) => rank(a) - rank(b),
  );
  return ids.map((id) => {
    const taking = leaders.flatMap((leader, index) => {
      const a = leader.assessments.find((x) => x.questionnaireId === id);
      return a ? [{ leader: index, version: a.version, score: a.score }] : [];
    });
    const newest = catalogue.filter((q) => q.id === id).sort((x, y) => y.version - x.version)[0];
    const kind = taking[0]?.score.kind ?? "stages";
    return {
      questionnaireId: id,
      title: newest?.title ?? id,
      kind,
      versions: [...new Set(taking.map((t) => t.version))].sort((x, y) => x - y),
      respondents: taking.length,
      overall: teamOverall(
        taking.map((t) => t.score),
        kind,
      ),
      dimensions: summariseDimensions(taking, kind),
    };
  });
}
