import { Island } from "@/components/islands/island";
import { SiteLink } from "@/components/shared/site-link";
import { loadReportContentIn } from "@/lib/content/assessments/load-report-content";
import { loadCatalogueIn } from "@/lib/content/i18n/load-translations";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { forBrowser } from "@/lib/questionnaire/for-browser";
import { Frame } from "./frame";
import { pageMeta } from "./meta";
import { withLinks } from "@/components/shared/with-links";

// Indexable like any page: what a crawler sees is the same for everyone (the result lives in
// the fragment it never receives), and without a link the page says how to get one. It stays
// out of the sitemap because it has nothing of its own to find.
export const resultsMetadata = (locale: Locale) => pageMeta(locale, "results", "/results/");

export function ResultsPage({ locale }: { locale: Locale }) {
  const { meta, results } = messagesFor(locale).pages;
  return (
    <Frame locale={locale} path="/results/">
      <h1 className="results-title">{meta.results.title}</h1>
      <noscript>
        <p className="notice notice-warn">{results.noscript}</p>
      </noscript>
      <Island
        name="results"
        props={{ catalogue: loadCatalogueIn(locale).map(forBrowser), content: loadReportContentIn(locale) }}
      />
      <p className="muted no-print">
        {withLinks(results.whatNow, {
          guide: <SiteLink href={localePath(locale, "/guide/#for-leaders")}>{results.guideLink}</SiteLink>,
        })}
      </p>
    </Frame>
  );
}
