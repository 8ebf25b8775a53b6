import Link from "next/link";
import type { NextStep } from "@/lib/results/next-steps";

type Props = { steps: NextStep[]; articleTitles: Record<string, string> };

/** The recommendations for the weakest areas: what to do, why, and where to read more. */
export function NextStepList({ steps, articleTitles }: Props) {
  return (
    <ol className="next-steps">
      {steps.map((step) => (
        <li key={step.dimensionId} className="card next-step">
          <p className="next-step-area">{step.dimensionName}</p>
          {step.recommendation ? (
            <>
              <h4>{step.recommendation.title}</h4>
              <p>{step.recommendation.step}</p>
              <p className="muted next-step-why">
                <strong>Why it matters:</strong> {step.recommendation.why}
              </p>
              <p className="next-step-reading">
                Read more:{" "}
                {step.recommendation.articles.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 && " · "}
                    <Link href={`/articles/${slug}/`}>{articleTitles[slug] ?? slug}</Link>
                  </span>
                ))}
              </p>
            </>
          ) : (
            <p>No recommendation is written for this area yet.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
