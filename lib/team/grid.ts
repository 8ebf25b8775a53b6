import { riskBand, type RiskBand } from "../scoring/agreement";
import { roundStage, type Stage } from "../scoring/stages";
import { formatStageScore } from "../results/format";
import { leaderName } from "./leaders";
import type { Leader, QuestionnaireAggregate } from "./types";

/** What a cell's colour stands for: the stage a score rounds to, or a blunder's risk band. */
export type CellTone = { kind: "stage"; stage: Stage } | { kind: "band"; band: RiskBand };

export type GridCell = {
  /** The score as text, so the colour is never the only signal: "3.5", "62", or "–". */
  text: string;
  tone: CellTone | null;
  /** The leader stands apart from the team in this area (see spread.ts). */
  outlier: boolean;
};

export type GridColumn = { questionnaireId: string; id: string; name: string };
export type GridRow = { leader: number; name: string; cells: GridCell[] };
export type LeaderGrid = { columns: GridColumn[]; rows: GridRow[] };

const EMPTY: GridCell = { text: "–", tone: null, outlier: false };

function cellFor(kind: QuestionnaireAggregate["kind"], score: number | null, outlier: boolean): GridCell {
  if (score === null) return EMPTY;
  return kind === "stages"
    ? { text: formatStageScore(score), tone: { kind: "stage", stage: roundStage(score) }, outlier }
    : { text: String(Math.round(score)), tone: { kind: "band", band: riskBand(score) }, outlier };
}

/**
 * Who sees what: a row per leader, a column per area of every questionnaire in the team.
 * Rows are sorted by role so the same roles sit together; leaders without one come last, in
 * the order their links came.
 */
export function leaderGrid(leaders: readonly Leader[], aggregates: readonly QuestionnaireAggregate[]): LeaderGrid {
  const columns = aggregates.flatMap((q) =>
    q.dimensions.map((d) => ({ questionnaireId: q.questionnaireId, id: d.id, name: d.name })),
  );
  // Outliers by questionnaire, area and leader, looked up per cell without scanning lists.
  const outliers = new Set(
    aggregates.flatMap((q) =>
      q.dimensions.flatMap((d) => d.outliers.map((o) => `${q.questionnaireId}/${d.id}/${o.leader}`)),
    ),
  );
  const kinds = new Map(aggregates.map((q) => [q.questionnaireId, q.kind]));
  const order = leaders.map((_, i) => i);
  order.sort((a, b) => {
    const la = leaders[a]?.label;
    const lb = leaders[b]?.label;
    if (la && lb) return la.localeCompare(lb, "en-GB", { sensitivity: "base" }) || a - b;
    return la ? -1 : lb ? 1 : a - b;
  });
  const rows = order.map((index) => {
    const leader = leaders[index];
    const scores = new Map<string, number | null>();
    for (const a of leader?.assessments ?? [])
      for (const d of a.score.dimensions) scores.set(`${a.questionnaireId}/${d.id}`, d.score);
    const cells = columns.map((c) => {
      const key = `${c.questionnaireId}/${c.id}`;
      return cellFor(
        kinds.get(c.questionnaireId) ?? "stages",
        scores.get(key) ?? null,
        outliers.has(`${key}/${index}`),
      );
    });
    return { leader: index, name: leader ? leaderName(leader) : `Leader ${index + 1}`, cells };
  });
  return { columns, rows };
}
