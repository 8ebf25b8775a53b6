import { RadarChart } from "@/components/charts/radar-chart";
import type { BlundersView } from "@/lib/report/blunders-view";
import { avoidanceWithBand } from "@/lib/report/figures";
import { BlunderEvidence } from "./blunder-evidence";
import { AreaScoreTable } from "./area-score-table";

type Props = {
  blunders: BlundersView;
  /** What "flashpoint" means, when this is where the report first uses the word. */
  flashpoint: string | null;
  /** False when the summary shows this radar already (a result with the blunders alone). */
  radar?: boolean;
};

/** The blunders in full: avoidance per blunder, its band, the alternative, and the answers behind it. */
export function BlundersDetail({ blunders, flashpoint, radar = true }: Props) {
  const rows = blunders.blunders.map((b) => ({
    id: b.id,
    name: b.name,
    value: b.figure,
    note: [b.band?.label ?? null, b.spread].filter((x) => x !== null).join(" · ") || undefined,
    answered: b.answered,
    dontKnow: b.dontKnow,
    total: b.total,
  }));
  return (
    <>
      <div className="chart-pair">
        {radar && <RadarChart {...blunders.radar} />}
        <AreaScoreTable
          caption="Avoidance by blunder, on the scale of 0 (the blunder is present) to 100 (avoided)"
          rows={rows}
          valueHeading="Avoidance"
        />
      </div>
      <h3 className="blunder-list-title">Each blunder, and its alternative</h3>
      {flashpoint && <p className="muted flashpoint-note">{flashpoint}</p>}
      <dl className="blunder-list">
        {blunders.blunders.map((b) => (
          <div key={b.id} className="card">
            <dt>
              {b.name}
              {b.band && <span className={`band band-${b.band.band}`}>{avoidanceWithBand(b.band)}</span>}
            </dt>
            <dd>
              <p>
                <strong>What it looks like:</strong> {b.description}
              </p>
              <p>
                <strong>The flashpoint alternative:</strong> {b.alternative}
              </p>
              <BlunderEvidence questionnaire={blunders.questionnaire} dimensionId={b.id} answers={blunders.answers} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
