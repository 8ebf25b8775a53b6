import { riskBand, type RiskBand } from "../scoring/agreement";
import type { AssessmentScore } from "../scoring/score";
import { roundStage, type Stage } from "../scoring/stages";

/**
 * The team's overall on one questionnaire. The mean is taken over each leader's unrounded mean,
 * not their rounded stage: averaging rounded stages would throw away half a stage per leader.
 * The team's stage (journey) and band (blunders) then follow the same rules as one leader's.
 */
export type TeamOverall =
  | { kind: "stages"; mean: number | null; stage: Stage | null; leaders: number }
  | { kind: "agreement"; mean: number | null; band: RiskBand | null; leaders: number };

/** `leaders` counts those with an overall; a leader who scored too few areas has none. */
export function teamOverall(scores: readonly AssessmentScore[], kind: AssessmentScore["kind"]): TeamOverall {
  let sum = 0;
  let leaders = 0;
  for (const s of scores) {
    if (s.mean === null) continue;
    sum += s.mean;
    leaders += 1;
  }
  const mean = leaders === 0 ? null : sum / leaders;
  return kind === "stages"
    ? { kind, mean, stage: mean === null ? null : roundStage(mean), leaders }
    : { kind, mean, band: mean === null ? null : riskBand(mean), leaders };
}
