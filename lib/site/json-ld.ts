import { byline, NO_DATE, sourceLink, type Source } from "../sources/schema";
import { languageTag } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { localePath } from "../i18n/paths";
import { siteUrl, type SiteAddress } from "./site-url";

type JsonLdArticle = {
  slug: string;
  words: number;
  frontmatter: { title: string; summary: string; published: string; updated?: string };
};

type JsonLdSite = { name: string; editors: string };

/** A source as schema.org's CreativeWork (a Book when it has an ISBN). Plain-text names: some are groups. */
function citation(source: Source) {
  const url = sourceLink(source);
  return {
    "@type": source.isbn ? "Book" : "CreativeWork",
    name: source.title,
    author: byline(source),
    ...(source.publication ? { publisher: source.publication } : {}),
    ...(source.year === NO_DATE ? {} : { datePublished: String(source.year) }),
    ...(source.isbn ? { isbn: source.isbn.replace(/[-\s]/g, "") } : {}),
    ...(url ? { url } : {}),
  };
}

/**
 * schema.org `Article` data for one article. The editors wrote every article in their own
 * words, so they are its author and the site its publisher; the people whose ideas it explains
 * are cited as sources. Addresses are relative without SITE_URL: JSON-LD resolves them against
 * the page.
 */
export function articleJsonLd(
  address: SiteAddress,
  site: JsonLdSite,
  article: JsonLdArticle,
  sources: Source[],
  keywords: string[],
  locale: Locale = "en",
) {
  const { title, summary, published, updated } = article.frontmatter;
  const url = siteUrl(address, localePath(locale, `/articles/${article.slug}/`));
  const publisher = { "@type": "Organization", name: site.name, url: siteUrl(address, localePath(locale, "/")) };
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: title,
    description: summary,
    url,
    mainEntityOfPage: url,
    datePublished: published,
    dateModified: updated ?? published,
    inLanguage: languageTag(locale),
    wordCount: article.words,
    keywords,
    author: { "@type": "Organization", name: site.editors, url: siteUrl(address, localePath(locale, "/about/")) },
    publisher,
    citation: sources.map(citation),
  };
}
