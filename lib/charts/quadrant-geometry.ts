import { IMPORTANCE_LEVELS, type Importance } from "../link/importance";
import { FIRST_STAGE, LAST_STAGE } from "../scoring/stages";
import { MATURE_FROM_STAGE } from "../scoring/thresholds";
import type { Quadrant } from "../results/importance";

/**
 * The importance × maturity chart's coordinates, scaled to its box by the browser: stage now
 * across (1 to 6), importance up (less important now at the foot, critical at the top).
 */
export const QUADRANT_WIDTH = 360;
export const QUADRANT_HEIGHT = 258;
const LEFT = 92;
const RIGHT = 348;
const TOP = 28;
const BOTTOM = 222;
/** Each level's row; the line between "important" and "less important now" splits the halves. */
const ROW: Record<Importance, number> = { critical: 66, important: 112, less: 182 };
const SPLIT_Y = 147;
/** Points closer than this on one row are stepped up and down, so each number stays readable. */
const CROWD = 22;
const STEP = 13;

export type QuadrantPoint = { id: string; number: number; x: number; y: number; quadrant: Quadrant };

export type QuadrantLayout = {
  plot: { left: number; right: number; top: number; bottom: number };
  /** The split lines: maturity (vertical, between stages 3 and 4) and importance (horizontal). */
  splitX: number;
  splitY: number;
  rows: { level: Importance; y: number }[];
  ticks: { stage: number; x: number }[];
  corners: { quadrant: Quadrant; x: number; y: number; anchor: "start" | "end" }[];
  points: QuadrantPoint[];
};

/** Where a score sits across the plot. */
export const stageX = (score: number) => LEFT + ((score - FIRST_STAGE) / (LAST_STAGE - FIRST_STAGE)) * (RIGHT - LEFT);

/**
 * The chart's layout for areas placed by importance and score. `number` is the label each point
 * shows, which the table beside the chart repeats. The split is drawn halfway between the last
 * stage on the left and MATURE_FROM_STAGE, where the rounded stage changes side.
 */
export function quadrantLayout(
  areas: readonly { id: string; number: number; importance: Importance; score: number; quadrant: Quadrant }[],
): QuadrantLayout {
  const points: QuadrantPoint[] = [];
  for (const level of IMPORTANCE_LEVELS) {
    const row = areas.filter((a) => a.importance === level).sort((a, b) => a.score - b.score);
    let lastX = -Infinity;
    let step = 0;
    for (const a of row) {
      const x = stageX(a.score);
      // Alternate above and below the row while points crowd each other; back on the row after a gap.
      step = x - lastX < CROWD ? step + 1 : 0;
      const offset = step === 0 ? 0 : (step % 2 === 1 ? -1 : 1) * STEP * Math.ceil(step / 2);
      points.push({ id: a.id, number: a.number, x, y: ROW[level] + offset, quadrant: a.quadrant });
      lastX = x;
    }
  }
  const splitX = stageX(MATURE_FROM_STAGE - 0.5);
  return {
    plot: { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM },
    splitX,
    splitY: SPLIT_Y,
    rows: IMPORTANCE_LEVELS.map((level) => ({ level, y: ROW[level] })),
    ticks: Array.from({ length: LAST_STAGE - FIRST_STAGE + 1 }, (_, i) => ({
      stage: FIRST_STAGE + i,
      x: stageX(FIRST_STAGE + i),
    })),
    corners: [
      { quadrant: "act-first", x: LEFT + 4, y: TOP + 12, anchor: "start" },
      { quadrant: "keep-up", x: RIGHT - 4, y: TOP + 12, anchor: "end" },
      { quadrant: "low-priority", x: LEFT + 4, y: BOTTOM - 6, anchor: "start" },
      { quadrant: "over-invested", x: RIGHT - 4, y: BOTTOM - 6, anchor: "end" },
    ],
    points,
  };
}
