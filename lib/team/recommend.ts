import type { ImportanceByArea } from "../link/importance";
import type { Catalogue } from "../questionnaire/catalogue";
import { rankWeakestFirst } from "../results/area-order";
import type { RecommendationSet } from "../recommendations/schema";
import type { TransitionStepSet } from "../recommendations/steps-schema";
import { riskBand, type RiskBand } from "../scoring/agreement";
import { LAST_STAGE, roundStage, type Stage } from "../scoring/stages";
import type { QuestionnaireAggregate } from "./types";

/** The advice a team view can give: the same content a leader's own plan uses. */
export type TeamAdvice = { steps: TransitionStepSet[]; recommendations: RecommendationSet[] };

type Text = { title: string; step: string; why: string; articles: string[] };

export type TeamRecommendation = Text & {
  questionnaireId: string;
  area: string;
  areaName: string;
  /** The team's mean in this area. */
  mean: number;
} & ({ kind: "journey"; from: Stage; to: Stage } | { kind: "blunder"; band: Exclude<RiskBand, "healthy"> });

/** A workshop can act on a few areas, not all of them: the weakest three of the journey. */
export const TEAM_JOURNEY_AREAS = 3;

const text = ({ title, step, why, articles }: Text): Text => ({ title, step, why, articles });

/**
 * Recommendations for the team's weakest areas. Journey: the first three areas in the one order a
 * leader's plan follows (rankWeakestFirst), by the team's importance when leaders marked any
 * (lib/team/importance.ts), then lowest team mean, ties in questionnaire order; each with the
 * step from the stage that mean rounds to.
 * Blunders: every blunder whose team mean is at risk, lowest first, with the advice for its band
 * and Paul Levesque's flashpoint alternative first, as a leader's own plan gives it.
 */
export function teamRecommendations(
  aggregates: readonly QuestionnaireAggregate[],
  advice: TeamAdvice,
  catalogue: Catalogue,
  importance?: ImportanceByArea,
): TeamRecommendation[] {
  return aggregates.flatMap((q): TeamRecommendation[] => {
    const scored = q.dimensions.flatMap((d, order) => (d.mean === null ? [] : [{ d, mean: d.mean, order }]));
    scored.sort((a, b) => a.mean - b.mean || a.order - b.order);
    if (q.kind === "stages") {
      const set = advice.steps.find((s) => s.questionnaire === q.questionnaireId);
      const ranked = rankWeakestFirst(
        q.dimensions.map((d) => ({ id: d.id, score: d.mean, d })),
        importance,
      ).map(({ d, score }) => ({ d, mean: score }));
      return ranked.slice(0, TEAM_JOURNEY_AREAS).flatMap(({ d, mean }): TeamRecommendation[] => {
        const from = roundStage(mean);
        const step = set?.steps.find((s) => s.dimension === d.id && s.from === from);
        if (from === LAST_STAGE || !step) return [];
        const to = roundStage(from + 1);
        return [
          {
            kind: "journey",
            questionnaireId: q.questionnaireId,
            area: d.id,
            areaName: d.name,
            mean,
            from,
            to,
            ...text(step),
          },
        ];
      });
    }
    const set = advice.recommendations.find((s) => s.questionnaire === q.questionnaireId);
    const questionnaire = catalogue.find((c) => c.id === q.questionnaireId && c.version === Math.max(...q.versions));
    return scored.flatMap(({ d, mean }): TeamRecommendation[] => {
      const band = riskBand(mean);
      if (band === "healthy") return [];
      const item = set?.items.find((r) => r.dimension === d.id && r.band === band);
      if (!item) return [];
      const dimension =
        questionnaire?.kind === "agreement" ? questionnaire.dimensions.find((x) => x.id === d.id) : undefined;
      const alternative = dimension ? `${dimension.alternative} ` : "";
      return [
        {
          kind: "blunder",
          questionnaireId: q.questionnaireId,
          area: d.id,
          areaName: d.name,
          mean,
          band,
          ...text(item),
          step: `${alternative}${item.step}`,
        },
      ];
    });
  });
}
