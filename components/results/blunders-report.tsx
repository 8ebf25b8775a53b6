import { RadarChart } from "@/components/charts/radar-chart";
import type { AgreementQuestionnaire } from "@/lib/questionnaire/schema";
import type { RecommendationSet } from "@/lib/recommendations/schema";
import { nextSteps } from "@/lib/results/next-steps";
import type { Answers } from "@/lib/questionnaire/answers";
import { RISK_THRESHOLDS, type AgreementScore } from "@/lib/scoring/agreement";
import { chartScale } from "@/lib/scoring/scale";
import { BAND_LABELS } from "./band-labels";
import { BlunderEvidence } from "./blunder-evidence";
import { RecommendationsSection } from "./recommendations-section";
import { ScoreTable } from "./score-table";

type Props = {
  questionnaire: AgreementQuestionnaire;
  answers: Answers;
  score: AgreementScore;
  recommendations: RecommendationSet | undefined;
  articleTitles: Record<string, string>;
};

/** The blunders result: avoidance per blunder, its risk band, and the flashpoint alternative. */
export function BlundersReport({ questionnaire, answers, score, recommendations, articleTitles }: Props) {
  const steps = nextSteps(score, recommendations);
  const rows = score.dimensions.map((d) => ({
    ...d,
    value: d.score === null ? null : `${d.score} / 100`,
    note: d.band === null ? undefined : BAND_LABELS[d.band],
  }));
  return (
    <section className="report" aria-labelledby={`report-${questionnaire.id}`}>
      <h2 id={`report-${questionnaire.id}`}>{questionnaire.title}</h2>
      <section className="overall card" aria-labelledby={`overall-${questionnaire.id}`}>
        <h3 className="overall-label" id={`overall-${questionnaire.id}`}>
          Overall avoidance
        </h3>
        {score.mean !== null && score.band !== null ? (
          <>
            <p className="overall-value">
              {score.mean} / 100 · {BAND_LABELS[score.band]}
            </p>
            <p className="muted">
              100 means every blunder is avoided; below {RISK_THRESHOLDS.watch} a blunder is a high risk.
            </p>
          </>
        ) : (
          <p className="overall-value">Not enough answers for an overall score.</p>
        )}
      </section>
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
                {s?.band && <span className={`band band-${s.band}`}>{BAND_LABELS[s.band]}</span>}
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
      <RecommendationsSection
        title="Where to start: the biggest risks"
        steps={steps}
        summaryCount={5}
        articleTitles={articleTitles}
      />
    </section>
  );
}
