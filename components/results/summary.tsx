import { RadarChart } from "@/components/charts/radar-chart";
import type { ReportModel } from "@/lib/report/build-report";
import { fillCount } from "@/lib/report/words";
import { useReportWords } from "./report-words";

/**
 * The first screen of a report: where the organisation stands, the three things to work on
 * first, the radar and, with both assessments, how they relate. On a laptop the radar stands
 * beside the rest; on a phone it follows the priorities. Everything else is a tap away.
 */
export function Summary({ model, onOpenPlan }: { model: ReportModel; onOpenPlan: () => void }) {
  const { journey, blunders, priorities, relation } = model;
  const radar = journey?.radar ?? blunders?.radar;
  const steps = model.plan.steps.length;
  const w = useReportWords();
  const m = w.messages.report.summary;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {m.title}
      </h2>
      <div className="summary-overall">
        {journey && (
          <section className="overall card" aria-labelledby="overall-journey">
            <h3 className="overall-label" id="overall-journey">
              {m.overallStage}
            </h3>
            {journey.overall ? (
              <>
                <p className="overall-value">{journey.overall.text}</p>
                <p className="overall-detail">
                  {journey.overall.average} · {journey.overall.next}
                </p>
              </>
            ) : (
              <p className="overall-value">{m.notPlaced}</p>
            )}
          </section>
        )}
        {blunders && (
          <section className="overall card" aria-labelledby="overall-blunders">
            <h3 className="overall-label" id="overall-blunders">
              {m.overallAvoidance}
            </h3>
            {blunders.headline ? (
              <>
                <p className="overall-value">
                  {blunders.headline.value} ·{" "}
                  <span className={`band band-${blunders.headline.overall.band}`}>
                    {blunders.headline.overall.label}
                  </span>
                </p>
                <p className="overall-detail">{blunders.headline.detail}</p>
              </>
            ) : (
              <p className="overall-value">{m.noOverall}</p>
            )}
          </section>
        )}
      </div>
      {priorities.length > 0 && (
        <div className="summary-priorities">
          <h3 className="summary-heading" id="priorities-title">
            {m.priorities}
          </h3>
          <p className="muted summary-order">{model.order}</p>
          <ol className="priorities" aria-labelledby="priorities-title">
            {priorities.map((p) => (
              <li key={p.id}>
                <span className="priority-area">
                  {p.area} <span className="muted">{p.shown}</span>
                </span>
                <span className="priority-action">{p.action ? p.action.title : m.hold}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {radar && (
        <div className="summary-radar">
          <RadarChart {...radar} />
        </div>
      )}
      {relation && <p className="relation">{relation}</p>}
      {steps > 0 && (
        <p className="summary-next">
          <button type="button" className="button" onClick={onOpenPlan}>
            {fillCount(w, m.seePlan, steps)}
          </button>
        </p>
      )}
    </section>
  );
}
