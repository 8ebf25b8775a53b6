import type { ReportModel } from "@/lib/report/build-report";
import { useReportWords } from "./report-words";

type Props = { connections: NonNullable<ReportModel["connections"]> };

/**
 * Both assessments in one report: each blunder at risk beside the journey areas it tends to hold
 * back, in sentences lib/results/combined.ts writes (an area at or above the average is never
 * blamed on the blunder).
 */
export function CombinedView({ connections }: Props) {
  const m = useReportWords().messages.report.combined;
  return (
    <>
      <p>{connections.intro}</p>
      {connections.items.length === 0 ? (
        <p>{m.noneAtRisk}</p>
      ) : (
        <ul className="connections">
          {connections.items.map((c) => (
            <li key={c.blunderId} className="card">
              <p>
                <strong>{c.blunderName}</strong> <span className={`band band-${c.band.band}`}>{c.band.label}</span>
              </p>
              {c.sentences.map((s) => (
                <p key={s}>{s}</p>
              ))}
              <p className="muted">{c.why}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
