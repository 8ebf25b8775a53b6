import { quadrantLayout, type QuadrantLayout } from "../charts/quadrant-geometry";
import { fill } from "../i18n/format";
import type { ResultsMessages } from "../i18n/messages/en/results";
import { IMPORTANCE_LEVELS, type Importance, type ImportanceByArea } from "../link/importance";
import { hasImportance } from "../results/area-order";
import { quadrantClaims, type QuadrantClaim } from "../results/importance";
import { MATURE_FROM_STAGE } from "../scoring/thresholds";
import type { StagesScore } from "../scoring/stages";
import { stageFigure } from "./figures";
import type { Words } from "./words";

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
  /** The chart's own words (title, caption, columns, axes) in the page's language. */
  text: ResultsMessages["importance"];
};

export type ImportanceView = {
  /** The levels a leader may choose, in the control's order, most important first. */
  choices: { value: Importance; label: string }[];
  byArea: ImportanceByArea;
  /** Only when at least one scored area is marked. */
  chart: QuadrantChart | null;
  /** The control's words: its label, with an area's name for a screen reader, and "not marked". */
  text: { matters: string; mattersFor: string; notMarked: string };
};

/** The rule that places an area on the chart, in the page's language. */
export const quadrantRule = (w: Words) => fill(w.messages.results.importance.rule, { stage: MATURE_FROM_STAGE });

/** What the report shows of importance: the control's choices, each area's level, the chart. */
export function importanceView(score: StagesScore, importance: ImportanceByArea | undefined, w: Words): ImportanceView {
  const m = w.messages.results.importance;
  const choices = [...IMPORTANCE_LEVELS].reverse().map((value) => ({ value, label: m.levels[value] }));
  const byArea = importance ?? {};
  const text = { matters: m.matters, mattersFor: m.mattersFor, notMarked: m.notMarked };
  const claims = quadrantClaims(score, importance);
  if (!hasImportance(importance) || claims.length === 0) return { choices, byArea, chart: null, text };
  // Numbered in questionnaire order, so the same area keeps its number however it is marked.
  const numberOf = (id: string) => score.dimensions.findIndex((d) => d.id === id) + 1;
  const rows = claims.map((c) => ({
    ...c,
    number: numberOf(c.id),
    level: m.levels[c.importance],
    figure: stageFigure(c.score, w),
    where: m.quadrants[c.quadrant],
  }));
  const placed = new Set(rows.map((r) => r.id));
  return {
    choices,
    byArea,
    text,
    chart: {
      rows,
      layout: quadrantLayout(rows),
      description: fill(m.description, {
        rows: rows
          .map((r) =>
            fill(m.descriptionRow, {
              name: r.name,
              level: m.levelsInSentence[r.importance],
              figure: r.figure,
              where: m.quadrantsInSentence[r.quadrant],
            }),
          )
          .join("; "),
      }),
      rule: quadrantRule(w),
      unplaced: score.dimensions.filter((d) => !placed.has(d.id)).map((d) => d.name),
      text: m,
    },
  };
}
