import type { ReportModel } from "@/lib/report/build-report";
import { planToCsv } from "@/lib/results/plan-csv";
import type { Importance } from "@/lib/link/importance";
import type { Stage } from "@/lib/scoring/stages";
import { withBasePath } from "@/components/shared/base-path";
import { articlePath } from "@/lib/i18n/paths";
import { download } from "@/components/shared/download";
import { ImportanceChart } from "./importance-chart";
import { PlanList } from "./plan-list";
import { TargetControls } from "./target-controls";
import { useReportWords } from "./report-words";

type Props = {
  model: ReportModel;
  articleTitles: Record<string, string>;
  englishArticles: readonly string[];
  sourceCredits: Record<string, string>;
  onTarget: (area: string, stage: Stage) => void;
  onImportance: (area: string, level: Importance | undefined) => void;
};

/**
 * The plan, the plan as a file for a task tool, where the marked areas sit by importance and
 * stage, then the targets and importance that make the plan, to change.
 */
export function PlanSection({ model, articleTitles, englishArticles, sourceCredits, onTarget, onImportance }: Props) {
  const { steps, fileStem } = model.plan;
  const w = useReportWords();
  const article = (slug: string) => ({
    title: articleTitles[slug] ?? slug,
    url: `${window.location.origin}${withBasePath(articlePath(w.locale, slug, !englishArticles.includes(slug)))}`,
  });
  const credit = (id: string) => sourceCredits[id] ?? id;
  return (
    <>
      {model.flashpoint?.in === "plan" && <p className="muted flashpoint-note">{model.flashpoint.text}</p>}
      <PlanList
        steps={steps}
        articleTitles={articleTitles}
        englishArticles={englishArticles}
        sourceCredits={sourceCredits}
      />
      {steps.length > 0 && (
        <div className="button-row no-print">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => download(`${fileStem}.csv`, "text/csv", planToCsv(steps, article, credit, w))}
          >
            {w.messages.results.plan.download}
          </button>
        </div>
      )}
      {model.importance?.chart && <ImportanceChart chart={model.importance.chart} />}
      {model.journey && (
        <TargetControls
          areas={model.journey.areas}
          onChange={onTarget}
          importance={model.importance}
          onImportance={onImportance}
        />
      )}
    </>
  );
}
