import { SourceList } from "@/components/articles/source-list";
import { loadBibliographyIn, loadCiters } from "@/lib/content/library/load-sources";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { citedBy } from "@/lib/sources/citations";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const sourcesMetadata = (locale: Locale) => pageMeta(locale, "sources", "/sources/");

export function SourcesPage({ locale }: { locale: Locale }) {
  return (
    <Frame locale={locale} path="/sources/">
      <SourceList messages={messagesFor(locale).articles} entries={citedBy(loadBibliographyIn(locale), loadCiters())} />
    </Frame>
  );
}
