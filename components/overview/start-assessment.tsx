import { SiteLink } from "@/components/shared/site-link";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import { estimateTextIn } from "@/lib/questionnaire/estimate";
import { fill, formatCountIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { ChromeMessages } from "@/lib/i18n/messages/en/chrome";
import type { EstimateMessages } from "@/lib/i18n/messages/en/estimate";
import type { OverviewMessages } from "@/lib/i18n/messages/en/overview";

/** An overview page's language: its locale, its own words and the time estimate's. */
export type OverviewLanguage = {
  locale: Locale;
  messages: { overview: OverviewMessages; estimate: EstimateMessages; chrome: Pick<ChromeMessages, "inEnglish"> };
};

type Props = { assessment: QuestionnaireSummary; label: string; language: OverviewLanguage };

/** The call to action on an overview page: start the matching assessment. */
export function StartAssessment({ assessment, label, language: { locale, messages } }: Props) {
  const m = messages.overview.start;
  return (
    <div className="button-row overview-start">
      <SiteLink className="button" href={localePath(locale, `/assess/${assessment.id}/`)}>
        {label}
      </SiteLink>
      <span className="muted">
        {fill(m.facts, {
          questions: fill(m.questions, { n: formatCountIn(locale, assessment.questionCount) }),
          estimate: estimateTextIn(locale, messages.estimate, assessment.minutes),
        })}
      </span>
    </div>
  );
}
