import type { Band, Recommendation, RecommendationSet } from "../recommendations/schema";
import type { AssessmentScore } from "../scoring/score";
import { roundStage, stageBand } from "../scoring/stages";

export type NextStep = {
  dimensionId: string;
  dimensionName: string;
  /** 0 (weakest possible) to 1 (strongest), so journeys and blunders sort the same way. */
  strength: number;
  band: Band;
  recommendation: Recommendation | undefined;
};

type Placed = { id: string; name: string; strength: number; band: Band };

/** Puts journey stages (1–6) and blunder avoidance (0–100) on one 0–1 scale. */
function place(score: AssessmentScore): Placed[] {
  if (score.kind === "stages") {
    return score.dimensions.flatMap((d) =>
      d.score === null
        ? []
        : [{ id: d.id, name: d.name, strength: (d.score - 1) / 5, band: stageBand(roundStage(d.score)) }],
    );
  }
  return score.dimensions.flatMap((d) =>
    d.score === null || d.band === null ? [] : [{ id: d.id, name: d.name, strength: d.score / 100, band: d.band }],
  );
}

/**
 * Every scored dimension with its recommendation, weakest first. Ties keep questionnaire
 * order. Dimensions without enough answers are left out: there is nothing to base a step on.
 */
export function nextSteps(score: AssessmentScore, recommendations: RecommendationSet | undefined): NextStep[] {
  return place(score)
    .map((d) => ({
      dimensionId: d.id,
      dimensionName: d.name,
      strength: d.strength,
      band: d.band,
      recommendation: recommendations?.items.find((r) => r.dimension === d.id && r.band === d.band),
    }))
    .sort((a, b) => a.strength - b.strength);
}
