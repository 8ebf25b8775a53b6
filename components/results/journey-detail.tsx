import { fill } from "@/lib/i18n/format";
import { optionLabels } from "@/lib/questionnaire/answers";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { JourneyView } from "@/lib/report/journey-view";
import { stageOfSix } from "@/lib/report/figures";
import { answerValue } from "@/lib/scoring/answer-value";
import { ScoreTable } from "@/components/shared/score-table";
import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import { AnsweredCell } from "./area-score-table";
import { StageStrip } from "./stage-strip";
import { AnswerNote } from "./notes-context";
import { useReportWords } from "./report-words";

type Props = { journey: JourneyView; model: StageModel; areaCredit: string };

/**
 * The journey in full: the overall stage on Graham Hill's strip, each area's stage and target
 * in that area's own words with how far its answers agree, and the answers behind each area.
 * The radar is in the summary, above.
 */
export function JourneyDetail({ journey, model, areaCredit }: Props) {
  const { questionnaire, answers, score, areas } = journey;
  const w = useReportWords();
  const m = w.messages.report;
  return (
    <>
      <StageStrip model={model} stage={score.stage} />
      <p className="muted credit">{model.credit}</p>
      <ScoreTable
        className="area-table"
        caption={m.journey.caption}
        columns={[m.table.area, m.table.now, m.table.target, m.table.gap, m.table.answered]}
        scroll
      >
        {areas.map((a) => (
          <tr key={a.id} data-dimension={a.id}>
            <th scope="row">{a.name}</th>
            {a.figure === null || !a.stage || !a.target ? (
              <td colSpan={3}>
                <em>{w.messages.results.notEnough}</em>
              </td>
            ) : (
              <>
                <td>
                  <strong className="score-value">{a.figure}</strong>
                  <span className="area-stage-name">{a.stage.name}</span>
                  {a.spread && <span className="muted area-spread">{a.spread}</span>}
                </td>
                <td>
                  <span className="score-value">
                    {fill(w.messages.results.figure.stageNumber, { stage: a.target.stage })}
                  </span>
                  <span className="area-stage-name">{a.target.name}</span>
                </td>
                <td>{a.gap}</td>
              </>
            )}
            <AnsweredCell {...a} />
          </tr>
        ))}
      </ScoreTable>
      <p className="muted credit">
        {areaCredit} {m.journey.agreeBefore}{" "}
        <SiteLink href={localePath(w.locale, "/how-scoring-works/#how-sure")}>{m.journey.agreeLink}</SiteLink>{" "}
        {m.journey.agreeAfter}
      </p>
      <h3>{m.journey.answersTitle}</h3>
      <p className="muted">{m.journey.answersIntro}</p>
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
                      ? m.journey.dontKnow
                      : answer
                        ? optionLabels(questionnaire, q)[answer.index]
                        : m.journey.notAnswered;
                  return (
                    <li key={q.id}>
                      <span className="answer-question">{q.text}</span>{" "}
                      <span className="answer-given">
                        {label}
                        {stage !== null && <span className="muted"> ({stageOfSix(stage, w)})</span>}
                      </span>
                      <AnswerNote questionnaireId={questionnaire.id} questionId={q.id} />
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
