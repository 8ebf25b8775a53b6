import type { Combined } from "@/lib/results/combined-schema";
import { connectResults } from "@/lib/results/combined";
import { formatStageScore } from "@/lib/results/format";
import type { AgreementScore } from "@/lib/scoring/agreement";
import type { StagesScore } from "@/lib/scoring/stages";
import { BAND_LABELS } from "./band-labels";

type Props = { journey: StagesScore; blunders: AgreementScore; combined: Combined };

/** When both assessments are in one report: which blunders may be holding which areas back. */
export function CombinedView({ journey, blunders, combined }: Props) {
  const connections = connectResults(journey, blunders, combined);
  return (
    <section className="report combined" aria-labelledby="combined-title">
      <h2 id="combined-title">How the two results relate</h2>
      <p>{combined.intro}</p>
      {connections.length === 0 ? (
        <p>
          None of the five blunders is a risk in this result, so habits are unlikely to be what holds the journey back.
          Look at structure and accountability first.
        </p>
      ) : (
        <ul className="connections">
          {connections.map((c) => (
            <li key={c.blunderId} className="card">
              <p>
                <strong>{c.blunderName}</strong> <span className={`band band-${c.band}`}>{BAND_LABELS[c.band]}</span>
              </p>
              <p>
                Tends to hold back:{" "}
                {c.areas.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 && ", "}
                    {a.name} ({a.score === null ? "not enough answers" : `stage ${formatStageScore(a.score)}`})
                  </span>
                ))}
                .
              </p>
              <p className="muted">{c.why}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
