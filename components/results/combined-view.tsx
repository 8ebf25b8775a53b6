import type { Combined } from "@/lib/results/combined-schema";
import { connectResults } from "@/lib/results/combined";
import { formatStageScore } from "@/lib/results/format";
import { RISK_BAND_LABELS, type AgreementScore } from "@/lib/scoring/agreement";
import type { StagesScore } from "@/lib/scoring/stages";

type Props = { journey: StagesScore; blunders: AgreementScore; combined: Combined };

/**
 * Both assessments in one report: each blunder at risk beside the journey areas it tends to hold
 * back, split by this result. An area already above the journey's average is said to be so, and
 * not blamed on the blunder.
 */
export function CombinedView({ journey, blunders, combined }: Props) {
  const connections = connectResults(journey, blunders, combined);
  const mean = journey.mean;
  return (
    <>
      <p>{combined.intro}</p>
      {connections.length === 0 ? (
        <p>
          None of the five blunders is a risk in this result, so habits are unlikely to be what holds the journey back.
        </p>
      ) : (
        <ul className="connections">
          {connections.map((c) => {
            const scored = c.areas.flatMap((a) => (a.score === null ? [] : [{ ...a, score: a.score }]));
            const weak = scored.filter((a) => mean !== null && a.score < mean);
            const strong = scored.filter((a) => mean !== null && a.score >= mean);
            const shown = (areas: typeof scored) =>
              areas.map((a) => `${a.name} (${formatStageScore(a.score)})`).join(", ");
            return (
              <li key={c.blunderId} className="card">
                <p>
                  <strong>{c.blunderName}</strong>{" "}
                  <span className={`band band-${c.band}`}>{RISK_BAND_LABELS[c.band]}</span>
                </p>
                {weak.length > 0 && <p>Likely to be holding back: {shown(weak)}, below your journey average.</p>}
                {strong.length > 0 && (
                  <p>
                    Not holding back {shown(strong)}: already at or above your journey average, though it may slow
                    further progress.
                  </p>
                )}
                <p className="muted">{c.why}</p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
