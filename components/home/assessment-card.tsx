import { SiteLink } from "@/components/shared/site-link";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";

type Props = {
  assessment: QuestionnaireSummary;
  /** Where its questions start, in the page's language. */
  href: string;
  /** "24 questions across 7 areas · about 26 minutes, …", in the page's language. */
  facts: string;
  start: string;
  primary?: boolean;
};

export function AssessmentCard({ assessment, href, facts, start, primary }: Props) {
  return (
    <li className="card">
      <h3>{assessment.title}</h3>
      <p className="muted">{assessment.summary}</p>
      <p>{facts}</p>
      <SiteLink className={primary ? "button" : "button button-secondary"} href={href}>
        {start}
        <span className="visually-hidden">: {assessment.title}</span>
      </SiteLink>
    </li>
  );
}
