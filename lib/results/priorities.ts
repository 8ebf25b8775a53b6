import type { RiskBand } from "../scoring/agreement";
import type { StagesScore } from "../scoring/stages";
import { avoidanceWithBand, bandIn, stageFigure } from "../report/figures";
import type { Words } from "../report/words";
import { rankWeakestFirst } from "./area-order";
import type { PlanStep } from "./plan";
import type { ImportanceByArea } from "../link/importance";

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

/**
 * The first three journey areas in the order the plan follows (rankWeakestFirst, importance
 * first when marked), each with its first plan step.
 */
export function journeyPriorities(
  score: StagesScore,
  plan: PlanStep[],
  w: Words,
  importance?: ImportanceByArea,
): Priority[] {
  return rankWeakestFirst(score.dimensions, importance)
    .slice(0, HOW_MANY)
    .map((d) => ({
      id: d.id,
      area: d.name,
      shown: stageFigure(d.score, w),
      action: plan.find((step) => step.kind === "journey" && step.dimensionId === d.id) ?? null,
    }));
}

/** For a blunders-only result: the first three blunders at risk in the plan, which are the weakest. */
export function blunderPriorities(plan: PlanStep[], w: Words): Priority[] {
  return plan
    .flatMap((step) => (step.kind === "blunder" ? [step] : []))
    .slice(0, HOW_MANY)
    .map((step) => ({
      id: step.dimensionId,
      area: step.area,
      shown: avoidanceWithBand(bandIn(step.score, w), w),
      band: step.band,
      action: step,
    }));
}
