import type { SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import type { RecommendationSet } from "@/lib/recommendations/schema";
import type { Combined } from "@/lib/results/combined-schema";
import { evaluate } from "@/lib/results/evaluate";
import { today } from "@/lib/results/today";
import { formatDate } from "@/components/shared/format-date";
import { BlundersReport } from "./blunders-report";
import { CombinedView } from "./combined-view";
import { JourneyReport } from "./journey-report";
import { OtherAssessments } from "./other-assessments";
import { ReportActions } from "./report-actions";
import { ShareBox } from "./share-box";

/** Content the report needs besides the result itself, prepared at build time. */
export type ReportContent = {
  recommendations: RecommendationSet[];
  model: StageModel;
  combined: Combined;
  articleTitles: Record<string, string>;
  current: QuestionnaireSummary[];
};

export function Report({
  result,
  catalogue,
  content,
}: {
  result: SharedResult;
  catalogue: Catalogue;
  content: ReportContent;
}) {
  // The journey leads: it is the main assessment, and the blunders explain it.
  const evaluated = evaluate(result, catalogue).sort(
    (a, b) => Number(a.score.kind !== "stages") - Number(b.score.kind !== "stages"),
  );
  const { label, org, date } = result;
  const setFor = (id: string) => content.recommendations.find((r) => r.questionnaire === id);
  const journey = evaluated.find((e) => e.score.kind === "stages")?.score;
  const blunders = evaluated.find((e) => e.score.kind === "agreement")?.score;
  return (
    <div className="results">
      <div className="report-heading">
        {/* bdi: a name typed in a right-to-left script, or with a stray override, cannot turn
            the text around it. */}
        {(label || org) && (
          <p className="results-who">
            {label && <bdi>{label}</bdi>}
            {label && org && " · "}
            {org && <bdi>{org}</bdi>}
          </p>
        )}
        <p className="print-only">Printed on {formatDate(today())} from Outside-In.</p>
        <p className="muted">
          {date ? <>Completed on {formatDate(date)}. </> : null}
          Scored in your browser from the link; nothing was sent to a server.
        </p>
      </div>
      <ReportActions result={result} evaluated={evaluated} />
      {evaluated.map(({ questionnaire, answers, score }) =>
        questionnaire.kind === "stages" && score.kind === "stages" ? (
          <JourneyReport
            key={questionnaire.id}
            questionnaire={questionnaire}
            score={score}
            model={content.model}
            recommendations={setFor(questionnaire.id)}
            articleTitles={content.articleTitles}
          />
        ) : questionnaire.kind === "agreement" && score.kind === "agreement" ? (
          <BlundersReport
            key={questionnaire.id}
            questionnaire={questionnaire}
            answers={answers}
            score={score}
            recommendations={setFor(questionnaire.id)}
            articleTitles={content.articleTitles}
          />
        ) : null,
      )}
      {journey?.kind === "stages" && blunders?.kind === "agreement" && (
        <CombinedView journey={journey} blunders={blunders} combined={content.combined} />
      )}
      <ShareBox result={result} catalogue={catalogue} />
      <OtherAssessments result={result} current={content.current} catalogue={catalogue} />
    </div>
  );
}
