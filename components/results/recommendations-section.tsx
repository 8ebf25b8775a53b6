import type { NextStep } from "@/lib/results/next-steps";
import { NextStepList } from "./next-step-list";

type Props = { title: string; steps: NextStep[]; summaryCount: number; articleTitles: Record<string, string> };

/** The weakest areas first, a few in the summary; the rest one click away, and in print. */
export function RecommendationsSection({ title, steps, summaryCount, articleTitles }: Props) {
  if (steps.length === 0) return null;
  const first = steps.slice(0, summaryCount);
  const rest = steps.slice(summaryCount);
  return (
    <>
      <h3>{title}</h3>
      <NextStepList steps={first} articleTitles={articleTitles} />
      {rest.length > 0 && (
        <details className="more-steps">
          <summary>
            Show {rest.length} more {rest.length === 1 ? "recommendation" : "recommendations"}, for your stronger areas
          </summary>
          <NextStepList steps={rest} articleTitles={articleTitles} />
        </details>
      )}
    </>
  );
}
