import { SiteLink } from "@/components/shared/site-link";
import { fill, formatCountIn, pluralIn, type Plural } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";

type Props = { assessment: QuestionnaireSummary; locale: Locale; words: ArticlesMessages["mdx"]["take"] };

/** `<TakeAssessment questionnaire="journey" />`: a card that starts an assessment, in the article's language. */
export function TakeAssessment({ assessment, locale, words }: Props) {
  const count = (n: number, forms: Plural) => fill(pluralIn(locale, n, forms), { n: formatCountIn(locale, n) });
  const { dropFromTitle } = words;
  const title =
    dropFromTitle && assessment.title.startsWith(dropFromTitle)
      ? assessment.title.slice(dropFromTitle.length)
      : assessment.title;
  return (
    <aside className="take-assessment card">
      <p className="callout-title">{words.heading}</p>
      <p>
        {fill(words.facts, {
          summary: assessment.summary,
          questions: count(assessment.questionCount, words.questions),
          minutes: count(assessment.minutes, words.minutes),
        })}
      </p>
      <SiteLink className="button" href={localePath(locale, `/assess/${assessment.id}/`)}>
        {fill(words.start, { title })}
      </SiteLink>
    </aside>
  );
}
