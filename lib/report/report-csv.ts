import type { SharedResult } from "../link/result-schema";
import { toCsv, type CsvValue } from "../results/csv";
import { csvContext, resultRows } from "../results/export";
import type { Stage } from "../scoring/stages";
import type { ReportModel } from "./build-report";
import { importanceRows } from "./importance-csv";
import type { Notes } from "../link/notes";
import { withNoteRows } from "./note-rows";

/**
 * A retake's changes since last time, as rows in the result's CSV, in the words and by the rule
 * the page uses: a "change" row per overall line and per area (its text as shown; its value, the
 * change as shown), and a "target" row per target carried (its verdict; its value, the target).
 */
function sinceRows(model: ReportModel, context: CsvValue[]): CsvValue[][] {
  return (model.since?.views ?? []).flatMap((view) => {
    const version = model.evaluated.find((e) => e.questionnaire.id === view.questionnaireId)?.questionnaire.version;
    const head = [view.questionnaireId, version ?? null];
    return [
      ...view.overall.map((l) => [
        "change",
        ...head,
        "",
        "overall",
        l.label,
        l.text,
        l.claim?.delta ?? null,
        ...context,
      ]),
      ...view.rows.map((r) => ["change", ...head, r.id, r.id, r.name, r.change, r.claim?.delta ?? null, ...context]),
      ...(view.targets?.items ?? []).map((t) => ["target", ...head, t.id, t.id, t.name, t.text, t.target, ...context]),
    ];
  });
}

/**
 * The report as one CSV: every answer (with the leader's note under it, when there is one) and
 * score, how much each marked area matters, then, for a retake, what changed and which targets
 * were reached.
 */
export function reportToCsv(
  result: SharedResult,
  model: ReportModel,
  stageName?: (area: string, stage: Stage) => string,
  notes: Notes = {},
): string {
  const context = csvContext(result);
  return toCsv([
    ...withNoteRows(resultRows(result, model.evaluated, stageName), notes),
    ...importanceRows(model, context),
    ...sinceRows(model, context),
  ]);
}
