import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { PlanStep } from "@/lib/results/plan";
import { planToCsv } from "@/lib/results/plan-csv";
import type { Targets } from "@/lib/results/targets";
import type { Stage, StagesScore } from "@/lib/scoring/stages";
import { withBasePath } from "@/components/shared/base-path";
import { download } from "@/components/shared/download";
import { PlanList } from "./plan-list";
import { TargetControls } from "./target-controls";

type Props = {
  journey: { score: StagesScore; targets: Targets } | undefined;
  model: StageModel;
  plan: PlanStep[];
  articleTitles: Record<string, string>;
  onTarget: (dimensionId: string, stage: Stage) => void;
  fileStem: string;
};

/** The plan, the plan as a file for a task tool, then the targets that make it, to change. */
export function PlanSection({ journey, model, plan, articleTitles, onTarget, fileStem }: Props) {
  const article = (slug: string) => ({
    title: articleTitles[slug] ?? slug,
    url: `${window.location.origin}${withBasePath(`/articles/${slug}/`)}`,
  });
  return (
    <>
      <PlanList plan={plan} articleTitles={articleTitles} />
      {plan.length > 0 && (
        <div className="button-row no-print">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => download(`${fileStem}.csv`, "text/csv", planToCsv(plan, article))}
          >
            Download the plan (CSV)
          </button>
        </div>
      )}
      {journey && <TargetControls score={journey.score} targets={journey.targets} model={model} onChange={onTarget} />}
    </>
  );
}
