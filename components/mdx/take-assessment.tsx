import { SiteLink } from "@/components/shared/site-link";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";

/** `<TakeAssessment questionnaire="journey" />`: a card that starts an assessment. */
export function TakeAssessment({ assessment, locale }: { assessment: QuestionnaireSummary; locale: Locale }) {
  return (
    <aside className="take-assessment card">
      <p className="callout-title">Where does your organisation stand?</p>
      <p>
        {assessment.summary} {assessment.questionCount} questions, about {assessment.minutes} minutes, and your answers
        stay in your browser.
      </p>
      <SiteLink className="button" href={localePath(locale, `/assess/${assessment.id}/`)}>
        Take the {assessment.title.replace(/^The /, "")}
      </SiteLink>
    </aside>
  );
}
