import { Island } from "@/components/islands/island";
import { BlundersOverview } from "@/components/overview/blunders-overview";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { loadTagsIn } from "@/lib/content/library/load-articles";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import type { Locale } from "@/lib/i18n/locales";
import { blundersOf } from "@/lib/questionnaire/catalogue";
import { titlesOf } from "@/lib/questionnaire/summary";
import { messagesFor } from "@/lib/i18n/messages";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const blundersMetadata = (locale: Locale) => pageMeta(locale, "blunders", "/blunders/");

export function BlundersPage({ locale }: { locale: Locale }) {
  const current = loadCurrentQuestionnairesIn(locale);
  const blunders = blundersOf(current);
  if (!blunders) throw new Error("content/questionnaires has no blunders check (a questionnaire of kind: agreement)");
  return (
    <Frame locale={locale} path="/blunders/">
      <BlundersOverview
        latest={
          <Island name="latest" props={{ titles: titlesOf(current), locale, messages: messagesFor(locale).latest }} />
        }
        language={{ locale, messages: messagesFor(locale) }}
        blunders={blunders}
        library={loadLibraryIn(locale)}
        tags={loadTagsIn(locale)}
      />
    </Frame>
  );
}
