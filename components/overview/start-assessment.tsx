import { SiteLink } from "@/components/shared/site-link";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import { estimateText } from "@/lib/questionnaire/timing";

/** The call to action on an overview page: start the matching assessment. */
export function StartAssessment({ assessment, label }: { assessment: QuestionnaireSummary; label: string }) {
  return (
    <div className="button-row overview-start">
      <SiteLink className="button" href={`/assess/${assessment.id}/`}>
        {label}
      </SiteLink>
      <span className="muted">
        {assessment.questionCount} questions · {estimateText(assessment.minutes)} · answers stay in your browser
      </span>
    </div>
  );
}
