import { RadarChart } from "@/components/charts/radar-chart";
import { optionLabels, type Answers } from "@/lib/questionnaire/answers";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { StagesQuestionnaire } from "@/lib/questionnaire/schema";
import { formatStageScore } from "@/lib/results/format";
import type { Targets } from "@/lib/results/targets";
import { answerValue } from "@/lib/scoring/answer-value";
import { chartScale } from "@/lib/scoring/scale";
import type { StagesScore } from "@/lib/scoring/stages";
import { StageStrip } from "./stage-strip";

type Props = {
  questionnaire: StagesQuestionnaire;
  answers: Answers;
  score: StagesScore;
  targets: Targets;
  model: StageModel;
};

/** The journey in full: the stage strip, current and target on the radar, and the answers behind each area. */
export function JourneyDetail({ questionnaire, answers, score, targets, model }: Props) {
  const values = (pick: (d: StagesScore["dimensions"][number]) => number | null) =>
    Object.fromEntries(score.dimensions.map((d) => [d.id, pick(d)]));
  const described = score.dimensions
    .map(
      (d) =>
        `${d.name}: ${d.score === null ? "not enough answers" : `${formatStageScore(d.score)}, target ${targets[d.id]}`}`,
    )
    .join("; ");
  return (
    <>
      <StageStrip model={model} stage={score.stage} />
      <p className="muted credit">{model.credit}</p>
      <div className="chart-pair">
        <RadarChart
          axes={score.dimensions.map((d) => ({ id: d.id, label: d.name }))}
          series={[
            { name: "Target", values: values((d) => targets[d.id] ?? null), tone: "target" },
            { name: "Now", values: values((d) => d.score), tone: "primary" },
          ]}
          {...chartScale("stages")}
          description={`Radar chart of stage by area, now and target. ${described}.`}
        />
        <div className="table-scroll">
          <table className="score-table">
            <caption>Stage by area: now, target and gap (1 = product-centric, 6 = customer-centric)</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Now</th>
                <th scope="col">Target</th>
                <th scope="col">Gap</th>
                <th scope="col">Answered</th>
              </tr>
            </thead>
            <tbody>
              {score.dimensions.map((d) => {
                const target = targets[d.id];
                return (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    {d.score === null || target === undefined ? (
                      <td colSpan={3}>
                        <em>Not enough answers</em>
                      </td>
                    ) : (
                      <>
                        <td>
                          <strong className="score-value">{formatStageScore(d.score)}</strong>
                        </td>
                        <td>{target}</td>
                        <td>{formatStageScore(Math.max(0, target - d.score))}</td>
                      </>
                    )}
                    <td>
                      {d.answered} of {d.total}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      <h3>Your answers, area by area</h3>
      <p className="muted">The evidence behind each score: what you said happens today, and the stage it shows.</p>
      <div className="answers-by-area">
        {questionnaire.dimensions.map((d) => (
          <section key={d.id} className="card answers-area" aria-labelledby={`answers-${d.id}`}>
            <h4 id={`answers-${d.id}`}>{d.name}</h4>
            <ul>
              {questionnaire.questions
                .filter((q) => q.dimension === d.id)
                .map((q) => {
                  const answer = answers[q.id];
                  const stage = answerValue(questionnaire, q, answer);
                  const label =
                    answer?.kind === "dont-know"
                      ? "Don't know"
                      : answer
                        ? optionLabels(questionnaire, q)[answer.index]
                        : "Not answered";
                  return (
                    <li key={q.id}>
                      <span className="answer-question">{q.text}</span>{" "}
                      <span className="answer-given">
                        {label}
                        {stage !== null && <span className="muted"> (stage {stage})</span>}
                      </span>
                    </li>
                  );
                })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
