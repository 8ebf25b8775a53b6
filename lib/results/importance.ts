import type { Importance, ImportanceByArea } from "../link/importance";
import type { SharedResult } from "../link/result-schema";
import { MATTERS, MATURE_FROM_STAGE } from "../scoring/thresholds";
import { roundStage, type Stage, type StagesScore } from "../scoring/stages";

/** Each level as the leader reads it beside an area. */
export const IMPORTANCE_LABELS: Record<Importance, string> = {
  critical: "Critical to our strategy",
  important: "Important",
  less: "Less important now",
};

/** The four quadrants of importance × maturity, by name. */
export const QUADRANT_NAMES = {
  "act-first": "Act here first",
  "keep-up": "Keep it up",
  "low-priority": "Low priority",
  "over-invested": "Possibly over-invested",
} as const;
export type Quadrant = keyof typeof QUADRANT_NAMES;

/** An area placed on the chart, with what placed it: its importance and its stage now. */
export type QuadrantClaim = {
  id: string;
  name: string;
  importance: Importance;
  score: number;
  stage: Stage;
  /** Marked critical or important (MATTERS). */
  matters: boolean;
  /** At MATURE_FROM_STAGE or above. */
  mature: boolean;
  quadrant: Quadrant;
};

/** The quadrant an area with this importance and this stage now falls in. */
export function quadrantOf(importance: Importance, stage: Stage): Quadrant {
  const matters = MATTERS.some((level) => level === importance);
  const mature = stage >= MATURE_FROM_STAGE;
  if (matters) return mature ? "keep-up" : "act-first";
  return mature ? "over-invested" : "low-priority";
}

/** Each marked and scored area, in questionnaire order, placed in its quadrant. */
export function quadrantClaims(score: StagesScore, importance: ImportanceByArea | undefined): QuadrantClaim[] {
  return score.dimensions.flatMap((d) => {
    const level = importance?.[d.id];
    if (level === undefined || d.score === null) return [];
    const stage = roundStage(d.score);
    return [
      {
        id: d.id,
        name: d.name,
        importance: level,
        score: d.score,
        stage,
        matters: MATTERS.some((m) => m === level),
        mature: stage >= MATURE_FROM_STAGE,
        quadrant: quadrantOf(level, stage),
      },
    ];
  });
}

/** The rule that places an area, as /how-scoring-works/ and the chart's caption say it. */
export const QUADRANT_RULE = `an area marked ${IMPORTANCE_LABELS.critical.toLowerCase()} or ${IMPORTANCE_LABELS.important.toLowerCase()} is in the upper half, one marked ${IMPORTANCE_LABELS.less.toLowerCase()} in the lower half; an area at stage ${MATURE_FROM_STAGE} or above now is on the right, below it on the left`;

/**
 * The result with one area's importance changed, or cleared with undefined. The other areas stay
 * as the link holds them; with none marked, the link carries no importance at all.
 */
export function withImportance(result: SharedResult, area: string, level: Importance | undefined): SharedResult {
  const { importance: old, ...rest } = result;
  const others = Object.fromEntries(Object.entries(old ?? {}).filter(([id]) => id !== area));
  const next: ImportanceByArea = level === undefined ? others : { ...others, [area]: level };
  return { ...rest, ...(Object.keys(next).length > 0 && { importance: next }) };
}
