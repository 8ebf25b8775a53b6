import { quadrantLayout, type QuadrantLayout } from "../charts/quadrant-geometry";
import { IMPORTANCE_LEVELS, type Importance, type ImportanceByArea } from "../link/importance";
import { hasImportance } from "../results/area-order";
import {
  IMPORTANCE_LABELS,
  QUADRANT_NAMES,
  QUADRANT_RULE,
  quadrantClaims,
  type QuadrantClaim,
} from "../results/importance";
import type { StagesScore } from "../scoring/stages";
import { stageFigure } from "./figures";

/** One row of the chart's table: the area's number on the chart and what placed it there. */
export type QuadrantRow = QuadrantClaim & { number: number; level: string; figure: string; where: string };

/** The importance × maturity chart as data: what components/charts draws and its table lists. */
export type QuadrantChart = {
  rows: QuadrantRow[];
  layout: QuadrantLayout;
  /** Read by screen readers in place of the drawing; the table beside it holds the same. */
  description: string;
  /** The rule that places each area, as the caption says it. */
  rule: string;
  /** Areas not placed: not marked, or without enough answers. */
  unplaced: string[];
};

export type ImportanceView = {
  /** The levels a leader may choose, in the control's order, most important first. */
  choices: { value: Importance; label: string }[];
  byArea: ImportanceByArea;
  /** Only when at least one scored area is marked. */
  chart: QuadrantChart | null;
};

/** What the report shows of importance: the control's choices, each area's level, the chart. */
export function importanceView(score: StagesScore, importance: ImportanceByArea | undefined): ImportanceView {
  const choices = [...IMPORTANCE_LEVELS].reverse().map((value) => ({ value, label: IMPORTANCE_LABELS[value] }));
  const byArea = importance ?? {};
  const claims = quadrantClaims(score, importance);
  if (!hasImportance(importance) || claims.length === 0) return { choices, byArea, chart: null };
  // Numbered in questionnaire order, so the same area keeps its number however it is marked.
  const numberOf = (id: string) => score.dimensions.findIndex((d) => d.id === id) + 1;
  const rows = claims.map((c) => ({
    ...c,
    number: numberOf(c.id),
    level: IMPORTANCE_LABELS[c.importance],
    figure: stageFigure(c.score),
    where: QUADRANT_NAMES[c.quadrant],
  }));
  const placed = new Set(rows.map((r) => r.id));
  return {
    choices,
    byArea,
    chart: {
      rows,
      layout: quadrantLayout(rows),
      description: `Chart of importance against stage now, in four quadrants. ${rows
        .map((r) => `${r.name}: ${r.level.toLowerCase()}, ${r.figure}, ${r.where.toLowerCase()}`)
        .join("; ")}.`,
      rule: QUADRANT_RULE,
      unplaced: score.dimensions.filter((d) => !placed.has(d.id)).map((d) => d.name),
    },
  };
}
