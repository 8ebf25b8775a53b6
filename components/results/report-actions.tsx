import { useState } from "react";
import type { SharedResult } from "@/lib/link/result-schema";
import type { ReportModel } from "@/lib/report/build-report";
import { reportToCsv } from "@/lib/report/report-csv";
import { resultToJson } from "@/lib/results/export";
import type { Stage } from "@/lib/scoring/stages";
import { download } from "@/components/shared/download";
import { useNotes } from "./notes-context";
import { useReportWords } from "./report-words";

/** Print, download and copy: the ways a leader takes a report into a meeting. */
type Props = {
  result: SharedResult;
  model: ReportModel;
  /** A stage's name in a journey area, for the CSV. */
  stageName: (area: string, stage: Stage) => string;
};

export function ReportActions({ result, model, stageName }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const { notes } = useNotes();
  const w = useReportWords();
  const m = w.messages.report.actions;
  const stem = `outside-in-result${result.date ? `-${result.date}` : ""}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(m.copied);
    } catch {
      setCopied(m.blocked);
    }
  };
  return (
    <div className="report-actions no-print">
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {m.print}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {m.copy}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            download(
              `${stem}.json`,
              "application/json",
              JSON.stringify(
                resultToJson(result, model.evaluated, window.location.href, w.messages.results.change.dontKnow),
                null,
                2,
              ),
            )
          }
        >
          {m.json}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download(`${stem}.csv`, "text/csv", reportToCsv(result, model, w, stageName, notes))}
        >
          {m.csv}
        </button>
      </div>
      <p className="muted" role="status">
        {copied}
      </p>
    </div>
  );
}
