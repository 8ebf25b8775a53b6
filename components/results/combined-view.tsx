import type { ReportModel } from "@/lib/report/build-report";

type Props = { connections: NonNullable<ReportModel["connections"]> };

/**
 * Both assessments in one report: each blunder at risk beside the journey areas it tends to hold
 * back, in sentences lib/results/combined.ts writes (an area at or above the average is never
 * blamed on the blunder).
 */
export function CombinedView({ connections }: Props) {
  return (
    <>
      <p>{connections.intro}</p>
      {connections.items.length === 0 ? (
        <p>None of the blunders is a risk in this result, so habits are unlikely to be what holds the journey back.</p>
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
