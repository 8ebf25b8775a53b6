import type { Metadata } from "next";
import { ContentPage } from "@/components/mdx/content-page";
import { hasPageIn, loadPageAnchorsIn, loadPageContextIn, loadPageIn } from "@/lib/content/load-pages";
import { loadPageMetadataIn } from "@/lib/content/load-page-metadata";
import { languageTag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { Frame } from "./frame";

/** A page written in content/pages/<slug>.mdx (About, the guide), at /<slug>/. */
type Slug = "about" | "guide";

/** The page in a language where it is translated, else in English (marked as such). */
const pageIn = (locale: Locale, slug: Slug) => (hasPageIn(locale, slug) ? locale : "en");

export function contentPageMetadata(locale: Locale, slug: Slug): Metadata {
  const { title, summary } = loadPageIn(pageIn(locale, slug), slug).frontmatter;
  return loadPageMetadataIn(locale, { title, description: summary, path: `/${slug}/` }, (l) => hasPageIn(l, slug));
}

export function SiteContentPage({ locale, slug }: { locale: Locale; slug: Slug }) {
  const language = pageIn(locale, slug);
  const page = (
    <ContentPage
      page={loadPageIn(language, slug)}
      context={{ ...loadPageContextIn(language), locale, anchors: loadPageAnchorsIn(language, slug) }}
    />
  );
  return (
    <Frame locale={locale} path={`/${slug}/`} has={(l) => hasPageIn(l, slug)}>
      {language === locale ? (
        page
      ) : (
        <>
          <p className="notice" role="note">
            {messagesFor(locale).chrome.untranslated}
          </p>
          <div lang={languageTag(language)}>{page}</div>
        </>
      )}
    </Frame>
  );
}
