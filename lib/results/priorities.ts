import { bandClaim, type RiskBand } from "../scoring/agreement";
import type { StagesScore } from "../scoring/stages";
import { avoidanceWithBand, stageFigure } from "../report/figures";
import type { PlanStep } from "./plan";

/** One of the few areas to work on first, with the first thing to do about it. */
export type Priority = {
  id: string;
  area: string;
  /** The score as the report shows it, with its scale: "2.25 of 6" or "38 / 100 · High risk". */
  shown: string;
  band?: RiskBand;
  /** The area's first step in the plan; null when its target is where it already stands. */
  action: PlanStep | null;
};

const HOW_MANY = 3;

/** The three weakest journey areas (ties in questionnaire order), each with its first plan step. */
export function journeyPriorities(score: StagesScore, plan: PlanStep[]): Priority[] {
  return score.dimensions
    .flatMap((d, order) => (d.score === null ? [] : [{ d, score: d.score, order }]))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, HOW_MANY)
    .map(({ d, score: s }) => ({
      id: d.id,
      area: d.name,
      shown: stageFigure(s),
      action: plan.find((step) => step.kind === "journey" && step.dimensionId === d.id) ?? null,
    }));
}

/** For a blunders-only result: the three blunders with the lowest avoidance that are at risk. */
export function blunderPriorities(plan: PlanStep[]): Priority[] {
  return plan
    .flatMap((step) => (step.kind === "blunder" ? [step] : []))
    .slice(0, HOW_MANY)
    .map((step) => ({
      id: step.dimensionId,
      area: step.area,
      shown: avoidanceWithBand(bandClaim(step.score)),
      band: step.band,
      action: step,
    }));
}
