import { Island } from "@/components/islands/island";
import { JourneyOverview } from "@/components/overview/journey-overview";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { loadTagsIn } from "@/lib/content/library/load-articles";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import type { Locale } from "@/lib/i18n/locales";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { titlesOf } from "@/lib/questionnaire/summary";
import { messagesFor } from "@/lib/i18n/messages";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const journeyMetadata = (locale: Locale) => pageMeta(locale, "journey", "/journey/");

export function JourneyPage({ locale }: { locale: Locale }) {
  const current = loadCurrentQuestionnairesIn(locale);
  const journey = journeyOf(current);
  if (!journey) throw new Error("content/questionnaires has no journey (a questionnaire of kind: stages)");
  return (
    <Frame locale={locale} path="/journey/">
      <JourneyOverview
        latest={
          <Island name="latest" props={{ titles: titlesOf(current), locale, messages: messagesFor(locale).latest }} />
        }
        language={{ locale, messages: messagesFor(locale) }}
        model={loadStageModelIn(locale)}
        journey={journey}
        library={loadLibraryIn(locale)}
        tags={loadTagsIn(locale)}
      />
    </Frame>
  );
}
