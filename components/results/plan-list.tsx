import { SiteLink } from "@/components/shared/site-link";
import type { PlanStep } from "@/lib/results/plan";
import { RISK_BAND_LABELS } from "@/lib/scoring/agreement";

type Props = { plan: PlanStep[]; articleTitles: Record<string, string> };

const where = (s: PlanStep) =>
  s.kind === "journey"
    ? `Stage ${s.from} → ${s.to}`
    : `${RISK_BAND_LABELS[s.band]} (${s.score}/100) → ${RISK_BAND_LABELS.healthy}`;

/** The plan, step by step: what to do, why it matters, and where to read more. */
export function PlanList({ plan, articleTitles }: Props) {
  if (plan.length === 0) {
    return <p>Every area is at its target. Raise a target above to plan the next stage.</p>;
  }
  return (
    <ol className="plan" aria-label="Plan steps">
      {plan.map((s) => (
        <li key={`${s.kind}-${s.dimensionId}-${s.kind === "journey" ? s.from : s.band}`} className="card plan-step">
          <p className="plan-step-area">
            {s.area} · {where(s)}
          </p>
          <h3>{s.title}</h3>
          <p>{s.step}</p>
          <p className="muted plan-step-why">
            <strong>Why it matters:</strong> {s.why}
          </p>
          {s.articles.length > 0 && (
            <p className="plan-step-reading">
              Read more:{" "}
              {s.articles.map((slug, i) => (
                <span key={slug}>
                  {i > 0 && " · "}
                  <SiteLink href={`/articles/${slug}/`}>{articleTitles[slug] ?? slug}</SiteLink>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
