import { SiteLink } from "@/components/shared/site-link";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import { estimateText } from "@/lib/questionnaire/timing";

export function AssessmentCard({ assessment, primary }: { assessment: QuestionnaireSummary; primary?: boolean }) {
  return (
    <li className="card">
      <h3>{assessment.title}</h3>
      <p className="muted">{assessment.summary}</p>
      <p>
        {assessment.questionCount} questions across {assessment.dimensionCount} areas ·{" "}
        {estimateText(assessment.minutes)}
      </p>
      <SiteLink className={primary ? "button" : "button button-secondary"} href={`/assess/${assessment.id}/`}>
        Start<span className="visually-hidden">: {assessment.title}</span>
      </SiteLink>
    </li>
  );
}
