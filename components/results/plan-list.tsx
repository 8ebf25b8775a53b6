import { ArticleTitleLink } from "@/components/shared/article-title-link";
import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import type { PlanStep } from "@/lib/results/plan";
import { useReportWords } from "./report-words";

type Props = {
  steps: (PlanStep & { where: string })[];
  articleTitles: Record<string, string>;
  /** The linked articles the page's language has not translated: they open in English. */
  englishArticles: readonly string[];
  /** How each cited work is credited, by its id in content/sources.yaml. */
  sourceCredits: Record<string, string>;
};

/** The plan, step by step: where it starts and ends, what to do, why it matters, where to read more. */
export function PlanList({ steps, articleTitles, englishArticles, sourceCredits }: Props) {
  const { locale, messages } = useReportWords();
  const m = messages.results.plan;
  if (steps.length === 0) {
    return <p>{m.empty}</p>;
  }
  return (
    <ol className="plan" aria-label={m.stepsLabel}>
      {steps.map((s) => (
        <li key={`${s.kind}-${s.dimensionId}-${s.kind === "journey" ? s.from : s.band}`} className="card plan-step">
          <p className="plan-step-area">
            {s.area} · {s.where}
          </p>
          <h3>{s.title}</h3>
          <p>{s.step}</p>
          <p className="muted plan-step-why">
            <strong>{m.why}</strong> {s.why}
          </p>
          {s.sources.length > 0 && (
            <p className="muted plan-step-source">
              {m.source}{" "}
              {s.sources.map((id, i) => (
                <span key={id}>
                  {i > 0 && " · "}
                  <SiteLink href={localePath(locale, `/sources/#${id}`)}>{sourceCredits[id] ?? id}</SiteLink>
                </span>
              ))}
            </p>
          )}
          {s.articles.length > 0 && (
            <p className="plan-step-reading">
              {m.readMore}{" "}
              {s.articles.map((slug, i) => (
                <span key={slug}>
                  {i > 0 && " · "}
                  <ArticleTitleLink
                    locale={locale}
                    slug={slug}
                    title={articleTitles[slug] ?? slug}
                    english={englishArticles.includes(slug)}
                    inEnglish={m.inEnglish}
                  />
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
