import { SiteLink } from "@/components/shared/site-link";
import type { PlanStep } from "@/lib/results/plan";

type Props = {
  steps: (PlanStep & { where: string })[];
  articleTitles: Record<string, string>;
  /** How each cited work is credited, by its id in content/sources.yaml. */
  sourceCredits: Record<string, string>;
};

/** The plan, step by step: where it starts and ends, what to do, why it matters, where to read more. */
export function PlanList({ steps, articleTitles, sourceCredits }: Props) {
  if (steps.length === 0) {
    return <p>Every area is at its target. Raise a target below to plan the next stage.</p>;
  }
  return (
    <ol className="plan" aria-label="Plan steps">
      {steps.map((s) => (
        <li key={`${s.kind}-${s.dimensionId}-${s.kind === "journey" ? s.from : s.band}`} className="card plan-step">
          <p className="plan-step-area">
            {s.area} · {s.where}
          </p>
          <h3>{s.title}</h3>
          <p>{s.step}</p>
          <p className="muted plan-step-why">
            <strong>Why it matters:</strong> {s.why}
          </p>
          {s.sources.length > 0 && (
            <p className="muted plan-step-source">
              Source:{" "}
              {s.sources.map((id, i) => (
                <span key={id}>
                  {i > 0 && " · "}
                  <SiteLink href={`/sources/#${id}`}>{sourceCredits[id] ?? id}</SiteLink>
                </span>
              ))}
            </p>
          )}
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
