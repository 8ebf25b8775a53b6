import type { StageModel } from "@/lib/questionnaire/stage-model";
import { formatStageScore } from "@/lib/results/format";
import type { Priority } from "@/lib/results/priorities";
import { RISK_BAND_LABELS, type AgreementScore } from "@/lib/scoring/agreement";
import { LAST_STAGE, nextStage, type StagesScore } from "@/lib/scoring/stages";
import { countOf } from "@/lib/shared/plural";

type Props = {
  journey: StagesScore | undefined;
  blunders: AgreementScore | undefined;
  model: StageModel;
  priorities: Priority[];
  /** One sentence on how the two assessments relate, when the report has both. */
  relation: string | null;
  planSteps: number;
  onOpenPlan: () => void;
};

/** The blunders at risk in one line: a high risk by name, those worth watching by number. */
function atRiskLine(high: string[], watching: number): string {
  const watched = watching === 0 ? "" : `${watching} worth watching`;
  if (high.length === 0) return watching === 0 ? "No blunder is at risk." : `At risk: ${watched}, none high.`;
  return `High risk: ${high.join(", ")}${watched ? `; ${watched}` : ""}.`;
}

/**
 * The first screen of a report: where the organisation stands, the three things to work on
 * first and, with both assessments, how they relate. Everything else is a tap away.
 */
export function Summary({ journey, blunders, model, priorities, relation, planSteps, onOpenPlan }: Props) {
  const stageName = (stage: number) => model.stages.find((s) => s.stage === stage)?.name ?? "";
  const next = journey?.stage ? nextStage(journey.stage) : null;
  const high = (blunders?.dimensions ?? []).filter((d) => d.band === "high");
  const watch = (blunders?.dimensions ?? []).filter((d) => d.band === "watch");
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        Summary
      </h2>
      <div className="summary-overall">
        {journey && (
          <section className="overall card" aria-labelledby="overall-journey">
            <h3 className="overall-label" id="overall-journey">
              Overall stage
            </h3>
            {journey.stage !== null && journey.mean !== null ? (
              <>
                <p className="overall-value">
                  Stage {journey.stage} of {LAST_STAGE}: {stageName(journey.stage)}
                </p>
                <p className="overall-detail">
                  Average {formatStageScore(journey.mean)} ·{" "}
                  {next ? `next: stage ${next}, ${stageName(next)}` : "the last stage: keep it"}
                </p>
              </>
            ) : (
              <p className="overall-value">Not enough answers to place the organisation on a stage.</p>
            )}
          </section>
        )}
        {blunders && (
          <section className="overall card" aria-labelledby="overall-blunders">
            <h3 className="overall-label" id="overall-blunders">
              Overall avoidance
            </h3>
            {blunders.mean !== null && blunders.band !== null ? (
              <>
                <p className="overall-value">
                  {blunders.mean} / 100 · {RISK_BAND_LABELS[blunders.band]}
                </p>
                <p className="overall-detail">
                  {atRiskLine(
                    high.map((d) => `${d.name} (${d.score})`),
                    watch.length,
                  )}
                </p>
              </>
            ) : (
              <p className="overall-value">Not enough answers for an overall score.</p>
            )}
          </section>
        )}
      </div>
      {priorities.length > 0 && (
        <>
          <h3 className="summary-heading" id="priorities-title">
            Your three priorities
          </h3>
          <ol className="priorities" aria-labelledby="priorities-title">
            {priorities.map((p) => (
              <li key={p.id}>
                <span className="priority-area">
                  {p.area} <span className="muted">{p.shown}</span>
                </span>
                <span className="priority-action">
                  {p.action ? p.action.title : "Hold it there: it is at its target already."}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {relation && <p className="relation">{relation}</p>}
      {planSteps > 0 && (
        <p className="summary-next">
          <button type="button" className="button" onClick={onOpenPlan}>
            See your plan: {countOf(planSteps, "step", "steps")}
          </button>
        </p>
      )}
    </section>
  );
}
