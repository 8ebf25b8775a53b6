import { RadarChart } from "@/components/charts/radar-chart";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { StagesQuestionnaire } from "@/lib/questionnaire/schema";
import type { RecommendationSet } from "@/lib/recommendations/schema";
import { formatStageScore } from "@/lib/results/format";
import { nextSteps } from "@/lib/results/next-steps";
import { chartScale } from "@/lib/scoring/scale";
import { nextStage, roundStage, type StagesScore } from "@/lib/scoring/stages";
import { RecommendationsSection } from "./recommendations-section";
import { ScoreTable } from "./score-table";
import { StageStrip } from "./stage-strip";

type Props = {
  questionnaire: StagesQuestionnaire;
  score: StagesScore;
  model: StageModel;
  recommendations: RecommendationSet | undefined;
  articleTitles: Record<string, string>;
};

const stageName = (model: StageModel, stage: number) => model.stages.find((s) => s.stage === stage)?.name ?? "";

/** The journey result: overall stage on the strip, the radar with its table, the next steps. */
export function JourneyReport({ questionnaire, score, model, recommendations, articleTitles }: Props) {
  const steps = nextSteps(score, recommendations);
  const here = score.stage === null ? null : model.stages.find((s) => s.stage === score.stage);
  const nextNumber = score.stage === null ? null : nextStage(score.stage);
  const next = nextNumber === null ? null : model.stages.find((s) => s.stage === nextNumber);
  const rows = score.dimensions.map((d) => ({
    ...d,
    value: d.score === null ? null : formatStageScore(d.score),
    note: d.score === null ? undefined : stageName(model, roundStage(d.score)),
  }));
  return (
    <section className="report" aria-labelledby={`report-${questionnaire.id}`}>
      <h2 id={`report-${questionnaire.id}`}>{questionnaire.title}</h2>
      <section className="overall card" aria-labelledby={`overall-${questionnaire.id}`}>
        <h3 className="overall-label" id={`overall-${questionnaire.id}`}>
          Overall stage
        </h3>
        {here && score.mean !== null ? (
          <>
            <p className="overall-value">
              Stage {here.stage}: {here.name}
            </p>
            <p className="muted">
              Average across areas: {formatStageScore(score.mean)} of 6. {here.summary}
            </p>
            {next ? (
              <p>
                <strong>Next step on the journey:</strong> stage {next.stage}, {next.name}. {next.summary}
              </p>
            ) : (
              <p>
                <strong>You are at the final stage.</strong> The work now is to keep it: hold segment managers to
                account for the whole experience.
              </p>
            )}
          </>
        ) : (
          <p className="overall-value">Not enough answers to place the organisation on a stage.</p>
        )}
      </section>
      <StageStrip model={model} stage={score.stage} />
      <p className="muted credit">{model.credit}</p>
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
          {...chartScale("stages")}
          description={`Radar chart of stage by area. ${rows.map((r) => `${r.name}: ${r.value ?? "not enough answers"}`).join("; ")}.`}
        />
        <ScoreTable
          caption="Stage by area (1 = product-centric, 6 = customer-centric)"
          rows={rows}
          valueHeading="Stage"
        />
      </div>
      <RecommendationsSection
        title="Where to start: your weakest areas"
        steps={steps}
        summaryCount={3}
        articleTitles={articleTitles}
      />
    </section>
  );
}
