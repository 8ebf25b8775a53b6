import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import { flowLink } from "@/lib/link/flow-links";
import type { Evaluated } from "@/lib/results/evaluate";
import { useReportWords } from "./report-words";

/**
 * A way back in next year: each assessment's flow, starting from this result's answers, so a
 * leader changes only what changed and the new report shows what moved.
 */
export function RetakeLinks({ evaluated, fragment }: { evaluated: Evaluated[]; fragment: string }) {
  const { locale, messages } = useReportWords();
  const m = messages.report.retake;
  if (evaluated.length === 0) return null;
  return (
    <section className="report retake-links no-print" aria-labelledby="retake-title">
      <h2 id="retake-title">{m.title}</h2>
      <p>{m.intro}</p>
      <div className="button-row">
        {evaluated.map(({ questionnaire: q }) => (
          <SiteLink
            key={q.id}
            className="button button-secondary"
            href={localePath(locale, flowLink(q.id, "retake", fragment))}
          >
            {m.button}
            {evaluated.length > 1 ? <>: {q.title}</> : <span className="visually-hidden">: {q.title}</span>}
          </SiteLink>
        ))}
      </div>
    </section>
  );
}
