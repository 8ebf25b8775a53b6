import type { AssessmentScore } from "./score";
import { FIRST_STAGE, LAST_STAGE } from "./stages";

/** The axis every chart of a questionnaire's scores shares: its top value and its grid lines. */
export type ChartScale = { max: number; ticks: number[] };

const STAGE_TICKS = Array.from({ length: LAST_STAGE - FIRST_STAGE + 1 }, (_, i) => FIRST_STAGE + i);

/**
 * Stages run 1–6 and are drawn on every stage; avoidance runs 0–100 and is drawn every 20
 * points, so the 40 and 70 risk thresholds sit near a line.
 */
export function chartScale(kind: AssessmentScore["kind"]): ChartScale {
  return kind === "stages" ? { max: LAST_STAGE, ticks: STAGE_TICKS } : { max: 100, ticks: [20, 40, 60, 80, 100] };
}
