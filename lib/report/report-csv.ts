import type { SharedResult } from "../link/result-schema";
import { toCsv, type CsvValue } from "../results/csv";
import { csvFormatFor } from "../results/csv-format";
import { csvContext, CSV_COLUMNS, resultRows } from "../results/export";
import type { Stage } from "../scoring/stages";
import type { ReportModel } from "./build-report";
import { importanceRows } from "./importance-csv";
import type { Notes } from "../link/notes";
import { withNoteRows } from "./note-rows";
import type { Words } from "./words";

/**
 * A retake's changes since last time, as rows in the result's CSV, in the words and by the rule
 * the page uses: a "change" row per overall line and per area (its text as shown; its value, the
 * change as shown), and a "target" row per target carried (its verdict; its value, the target).
 */
function sinceRows(model: ReportModel, context: CsvValue[], overall: string): CsvValue[][] {
  return (model.since?.views ?? []).flatMap((view) => {
    const version = model.evaluated.find((e) => e.questionnaire.id === view.questionnaireId)?.questionnaire.version;
    const head = [view.questionnaireId, version ?? null];
    return [
      ...view.overall.map((l) => ["change", ...head, "", overall, l.label, l.text, l.claim?.delta ?? null, ...context]),
      ...view.rows.map((r) => ["change", ...head, r.id, r.id, r.name, r.change, r.claim?.delta ?? null, ...context]),
      ...(view.targets?.items ?? []).map((t) => ["target", ...head, t.id, t.id, t.name, t.text, t.target, ...context]),
    ];
  });
}

/**
 * The header and each row's kind in the page's language: rows are built by their kinds' keys
 * ("question", "note", …), which note rows and since rows match on, and named once at the end.
 */
function named(rows: CsvValue[][], w: Words): CsvValue[][] {
  const { header, rows: kinds } = w.messages.results.csv;
  const kindNames = new Map<CsvValue, string>(Object.entries(kinds));
  return rows.map((row, i) =>
    i === 0
      ? CSV_COLUMNS.map((key) => header[key])
      : [kindNames.get(row[0] ?? null) ?? row[0] ?? null, ...row.slice(1)],
  );
}

/**
 * The report as one CSV: every answer (with the leader's note under it, when there is one) and
 * score, how much each marked area matters, then, for a retake, what changed and which targets
 * were reached. Written as the page's language's spreadsheets read a CSV (lib/results/csv-format.ts).
 */
export function reportToCsv(
  result: SharedResult,
  model: ReportModel,
  w: Words,
  stageName?: (area: string, stage: Stage) => string,
  notes: Notes = {},
): string {
  const context = csvContext(result);
  const rows = [
    ...withNoteRows(resultRows(result, model.evaluated, w, stageName), notes),
    ...importanceRows(model, context, w),
    ...sinceRows(model, context, w.messages.results.csv.overall),
  ];
  return toCsv(named(rows, w), csvFormatFor(w.locale));
}
