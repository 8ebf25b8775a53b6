import { SourceList } from "@/components/articles/source-list";
import { loadBibliographyIn, loadCitersIn } from "@/lib/content/library/load-sources";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { citedBy } from "@/lib/sources/citations";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const sourcesMetadata = (locale: Locale) => pageMeta(locale, "sources", "/sources/");

export function SourcesPage({ locale }: { locale: Locale }) {
  const messages = messagesFor(locale);
  return (
    <Frame locale={locale} path="/sources/">
      <SourceList
        messages={messages.articles}
        inEnglish={messages.chrome.inEnglish}
        entries={citedBy(loadBibliographyIn(locale), loadCitersIn(locale))}
      />
    </Frame>
  );
}
