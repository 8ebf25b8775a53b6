import type { Source } from "../articles/schema";
import { SITE_NAME } from "./page-metadata";
import { absoluteUrl, type Site } from "./site-url";

type JsonLdArticle = {
  slug: string;
  words: number;
  frontmatter: { title: string; summary: string; published: string; updated?: string; sources: Source[] };
};

/** A source as schema.org's CreativeWork. Plain-text author and publisher: some are groups, some unknown. */
function citation(source: Source) {
  return {
    "@type": "CreativeWork",
    name: source.work,
    ...(source.author === "Unattributed" ? {} : { author: source.author }),
    publisher: source.publication,
    ...(source.url ? { url: source.url } : {}),
  };
}

/**
 * schema.org `Article` data for one article. The site wrote every article in its own words,
 * so it is the author and publisher; the people whose ideas it explains are cited as sources.
 */
export function articleJsonLd(site: Site, article: JsonLdArticle, keywords: string[]) {
  const { title, summary, published, updated, sources } = article.frontmatter;
  const url = absoluteUrl(site, `/articles/${article.slug}/`);
  const organisation = { "@type": "Organization", name: SITE_NAME, url: absoluteUrl(site, "/") };
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: title,
    description: summary,
    url,
    mainEntityOfPage: url,
    datePublished: published,
    dateModified: updated ?? published,
    inLanguage: "en-GB",
    wordCount: article.words,
    keywords,
    author: organisation,
    publisher: organisation,
    citation: sources.map(citation),
  };
}

/**
 * JSON for a <script> element. JSON.stringify leaves "<" alone, so a title containing
 * "</script>" would end the element early and let the rest run as HTML; escaped, it cannot.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
