import { fill } from "../i18n/format";
import { stageOfSix } from "../report/figures";
import type { Words } from "../report/words";
import { roundStage, toStage, type Stage, type StagesScore } from "../scoring/stages";

/**
 * Whether a target set earlier was reached, with its evidence: the target, the later score and
 * the stage it rounds to. Reached means the later stage is at or above the target.
 */
export type TargetClaim = {
  id: string;
  name: string;
  target: Stage;
  score: number;
  stage: Stage;
  reached: boolean;
  /** "Customer insight: target stage 4 of 6, now stage 3 of 6: not reached yet". */
  text: string;
};

/** When a target counts as reached, as /how-scoring-works/ says it. */
export const TARGET_RULE = "reached when the later result's stage in that area is at or above it";

/** A claim per scored area with a target, in questionnaire order. */
export function targetClaims(journey: StagesScore, targets: Readonly<Record<string, number>>, w: Words): TargetClaim[] {
  const m = w.messages.results.change;
  return journey.dimensions.flatMap((d) => {
    const set = targets[d.id];
    if (d.score === null || set === undefined) return [];
    const [target, stage] = [toStage(set), roundStage(d.score)];
    const reached = stage >= target;
    const text = fill(m.target, {
      name: d.name,
      target: stageOfSix(target, w),
      now: stageOfSix(stage, w),
      verdict: reached ? m.reached : m.notReached,
    });
    return [{ id: d.id, name: d.name, target, score: d.score, stage, reached, text }];
  });
}
