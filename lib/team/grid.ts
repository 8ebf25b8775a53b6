import { riskBand, type RiskBand } from "../scoring/agreement";
import { roundStage, type Stage } from "../scoring/stages";
import { formatNumberIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { formatStageScore } from "../results/format";
import { leaderName } from "./leaders";
import type { Side } from "./score-spread";
import type { QuestionnaireAggregate } from "./types";
import type { Leader } from "./people";

/** What a cell's colour stands for: the stage a score rounds to, or a blunder's risk band. */
export type CellTone = { kind: "stage"; stage: Stage } | { kind: "band"; band: RiskBand };

export type GridCell = {
  /** The score as text, so the colour is never the only signal: "3.5", "62", or "–". */
  text: string;
  tone: CellTone | null;
  /** The leader sits far below or above the team's median in this area (see score-spread.ts), or null. */
  outlier: Side | null;
};

export type GridColumn = { questionnaireId: string; id: string; name: string };
export type GridRow = { leader: number; name: string; cells: GridCell[] };
export type LeaderGrid = { columns: GridColumn[]; rows: GridRow[] };

const EMPTY: GridCell = { text: "–", tone: null, outlier: null };

function cellFor(
  kind: QuestionnaireAggregate["kind"],
  score: number | null,
  outlier: Side | null,
  locale: Locale,
): GridCell {
  if (score === null) return EMPTY;
  const shown = (n: number) => (locale === "en" ? String(n) : formatNumberIn(locale, n));
  return kind === "stages"
    ? {
        text: locale === "en" ? formatStageScore(score) : shown(score),
        tone: { kind: "stage", stage: roundStage(score) },
        outlier,
      }
    : { text: shown(Math.round(score)), tone: { kind: "band", band: riskBand(score) }, outlier };
}

/**
 * Cells are values, and scores take few values (means of a handful of answers), so equal cells
 * are one object: 5,000 leaders' 60,000 cells are a few hundred objects, which the Web Worker
 * hands to the page many times faster.
 */
function cellCache(locale: Locale) {
  // One map per kind and mark, keyed by the score itself: no key string built per cell.
  const maps = new Map<string, Map<number, GridCell>>();
  return (kind: QuestionnaireAggregate["kind"], score: number | null, outlier: Side | null): GridCell => {
    if (score === null) return EMPTY;
    const group = `${kind}${outlier ?? ""}`;
    let cells = maps.get(group);
    if (!cells) maps.set(group, (cells = new Map<number, GridCell>()));
    let cell = cells.get(score);
    if (!cell) cells.set(score, (cell = cellFor(kind, score, outlier, locale)));
    return cell;
  };
}

/**
 * Who sees what: a row per leader, a column per area of every questionnaire in the team.
 * Rows are sorted by role so the same roles sit together; leaders without one come last, in
 * the order their links came. `names` are the leaders' names as the view shows them, and
 * `locale` the language its figures are written in.
 */
export function leaderGrid(
  leaders: readonly Leader[],
  aggregates: readonly QuestionnaireAggregate[],
  names: readonly string[] = leaders.map(leaderName),
  locale: Locale = "en",
): LeaderGrid {
  const columns = aggregates.flatMap((q) =>
    q.dimensions.map((d) => ({ questionnaireId: q.questionnaireId, id: d.id, name: d.name })),
  );
  // Column positions and outliers looked up by number, not by building a string per cell: a
  // grid of 5,000 leaders has 60,000 cells.
  const position = new Map(aggregates.map((q) => [q.questionnaireId, new Map<string, number>()]));
  columns.forEach((c, i) => position.get(c.questionnaireId)?.set(c.id, i));
  const outliers = new Map<number, Side>();
  let column = 0;
  for (const q of aggregates) {
    for (const d of q.dimensions) {
      for (const o of d.outliers) outliers.set(o.leader * columns.length + column, o.side);
      column += 1;
    }
  }
  const kinds = columns.map((c) => aggregates.find((q) => q.questionnaireId === c.questionnaireId)?.kind ?? "stages");
  const cell = cellCache(locale);
  const collator = new Intl.Collator("en-GB", { sensitivity: "base" });
  const order = leaders.map((_, i) => i);
  order.sort((a, b) => {
    const la = leaders[a]?.label;
    const lb = leaders[b]?.label;
    if (la && lb) return collator.compare(la, lb) || a - b;
    return la ? -1 : lb ? 1 : a - b;
  });
  const rows = order.map((index) => {
    const leader = leaders[index];
    const cells: GridCell[] = columns.map(() => EMPTY);
    for (const a of leader?.assessments ?? []) {
      const at = position.get(a.questionnaireId);
      for (const d of a.score.dimensions) {
        const i = at?.get(d.id);
        if (i !== undefined)
          cells[i] = cell(kinds[i] ?? "stages", d.score, outliers.get(index * columns.length + i) ?? null);
      }
    }
    return { leader: index, name: names[index] ?? String(index + 1), cells };
  });
  return { columns, rows };
}

/** One questionnaire's part of the grid: its columns, and the rows of the leaders who took it. */
export type GridPart = { questionnaireId: string; columns: GridColumn[]; rows: GridRow[] };

/**
 * The grid cut into one part per questionnaire, for a page or a slide too narrow for every area
 * side by side: `rows` in the order given, each cut to the part's columns, leaders who took none
 * of it left out.
 */
export function gridParts(columns: readonly GridColumn[], rows: readonly GridRow[]): GridPart[] {
  const ids = [...new Set(columns.map((c) => c.questionnaireId))];
  return ids.map((questionnaireId) => {
    const at = columns.flatMap((c, i) => (c.questionnaireId === questionnaireId ? [i] : []));
    return {
      questionnaireId,
      columns: at.map((i) => columns[i] ?? { questionnaireId, id: "", name: "" }),
      rows: rows
        .filter((r) => at.some((i) => r.cells[i]?.tone !== null))
        .map((r) => ({ ...r, cells: at.map((i) => r.cells[i] ?? EMPTY) })),
    };
  });
}
