import { Island } from "@/components/islands/island";
import { loadCatalogueIn } from "@/lib/content/i18n/load-translations";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { forBrowser } from "@/lib/questionnaire/for-browser";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const compareMetadata = (locale: Locale) => pageMeta(locale, "compare", "/compare/");

export function ComparePage({ locale }: { locale: Locale }) {
  const messages = messagesFor(locale);
  const { meta, compare } = messages.pages;
  return (
    <Frame locale={locale} path="/compare/">
      <h1>{meta.compare.title}</h1>
      <p className="lead no-print">{compare.lead}</p>
      <Island
        name="compare"
        props={{
          catalogue: loadCatalogueIn(locale).map(forBrowser),
          locale,
          messages: { results: messages.results, compare: messages.compare, link: messages.link },
        }}
      />
    </Frame>
  );
}
