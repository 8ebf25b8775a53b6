import { RadarChart } from "@/components/charts/radar-chart";
import type { BlundersView } from "@/lib/report/blunders-view";
import { avoidanceWithBand } from "@/lib/report/figures";
import { BlunderEvidence } from "./blunder-evidence";
import { AreaScoreTable } from "./area-score-table";
import { useReportWords } from "./report-words";

type Props = {
  blunders: BlundersView;
  /** What "flashpoint" means, when this is where the report first uses the word. */
  flashpoint: string | null;
  /** False when the summary shows this radar already (a result with the blunders alone). */
  radar?: boolean;
};

/** The blunders in full: avoidance per blunder, its band, the alternative, and the answers behind it. */
export function BlundersDetail({ blunders, flashpoint, radar = true }: Props) {
  const w = useReportWords();
  const m = w.messages.report.blunders;
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
        <AreaScoreTable caption={m.caption} rows={rows} valueHeading={m.avoidance} />
      </div>
      <h3 className="blunder-list-title">{m.listTitle}</h3>
      {flashpoint && <p className="muted flashpoint-note">{flashpoint}</p>}
      <dl className="blunder-list">
        {blunders.blunders.map((b) => (
          <div key={b.id} className="card">
            <dt>
              {b.name}
              {b.band && <span className={`band band-${b.band.band}`}>{avoidanceWithBand(b.band, w)}</span>}
            </dt>
            <dd>
              <p>
                <strong>{m.looksLike}</strong> {b.description}
              </p>
              <p>
                <strong>{m.alternative}</strong> {b.alternative}
              </p>
              <BlunderEvidence questionnaire={blunders.questionnaire} dimensionId={b.id} answers={blunders.answers} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
