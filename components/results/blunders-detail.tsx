import { RadarChart } from "@/components/charts/radar-chart";
import type { Answers } from "@/lib/questionnaire/answers";
import type { AgreementQuestionnaire } from "@/lib/questionnaire/schema";
import { RISK_BAND_LABELS, type AgreementScore } from "@/lib/scoring/agreement";
import { chartScale } from "@/lib/scoring/scale";
import { BlunderEvidence } from "./blunder-evidence";
import { ScoreTable } from "./score-table";

type Props = { questionnaire: AgreementQuestionnaire; answers: Answers; score: AgreementScore };

/** The blunders in full: avoidance per blunder, its band, the alternative, and the answers behind it. */
export function BlundersDetail({ questionnaire, answers, score }: Props) {
  const rows = score.dimensions.map((d) => ({
    ...d,
    value: d.score === null ? null : `${d.score} / 100`,
    note: d.band === null ? undefined : RISK_BAND_LABELS[d.band],
  }));
  return (
    <>
      <div className="chart-pair">
        <RadarChart
          axes={score.dimensions.map((d) => ({ id: d.id, label: d.name }))}
          series={[
            {
              name: "This result",
              values: Object.fromEntries(score.dimensions.map((d) => [d.id, d.score])),
              tone: "primary",
            },
          ]}
          {...chartScale("agreement")}
          description={`Radar chart of blunder avoidance. ${rows.map((r) => `${r.name}: ${r.value ?? "not enough answers"}`).join("; ")}.`}
        />
        <ScoreTable
          caption="Avoidance by blunder (0 = blunder present, 100 = avoided)"
          rows={rows}
          valueHeading="Avoidance"
        />
      </div>
      <h3 className="blunder-list-title">Each blunder, and its alternative</h3>
      <dl className="blunder-list">
        {questionnaire.dimensions.map((d) => {
          const s = score.dimensions.find((x) => x.id === d.id);
          return (
            <div key={d.id} className="card">
              <dt>
                {d.name}
                {s?.band && <span className={`band band-${s.band}`}>{RISK_BAND_LABELS[s.band]}</span>}
              </dt>
              <dd>
                <p>
                  <strong>What it looks like:</strong> {d.description}
                </p>
                <p>
                  <strong>The flashpoint alternative:</strong> {d.alternative}
                </p>
                <BlunderEvidence questionnaire={questionnaire} dimensionId={d.id} answers={answers} />
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
