import { escapeXml } from "./xml";
import { SITE_NAME } from "./page-metadata";
import { absoluteUrl, type Site } from "./site-url";

/** What the feed needs of an article; LibraryArticle has it all. */
export type FeedArticle = {
  slug: string;
  frontmatter: { title: string; summary: string; published: string; updated?: string; tags: string[] };
};

type FeedOptions = { site: Site; title: string; subtitle: string; tagNames: ReadonlyMap<string, string> };

/** Atom wants full timestamps; articles carry dates, which we read as midnight UTC. */
const timestamp = (date: string) => `${date}T00:00:00Z`;
const lastChange = (a: FeedArticle) => a.frontmatter.updated ?? a.frontmatter.published;

function entry(article: FeedArticle, { site, tagNames }: FeedOptions): string {
  const { title, summary, published, tags } = article.frontmatter;
  const url = escapeXml(absoluteUrl(site, `/articles/${article.slug}/`));
  const categories = tags.map(
    (t) => `    <category term="${escapeXml(t)}" label="${escapeXml(tagNames.get(t) ?? t)}"/>`,
  );
  return [
    "  <entry>",
    `    <id>${url}</id>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <published>${timestamp(published)}</published>`,
    `    <updated>${timestamp(lastChange(article))}</updated>`,
    `    <summary>${escapeXml(summary)}</summary>`,
    ...categories,
    "  </entry>",
  ].join("\n");
}

/**
 * An Atom 1.0 feed of the articles, in the order given (newest first). The feed's own
 * `updated` is the latest article change, not the build time, so rebuilding unchanged
 * content yields a byte-identical feed and readers see nothing new.
 */
export function atomFeed(articles: FeedArticle[], options: FeedOptions): string {
  const { site, title, subtitle } = options;
  const updated = articles.map(lastChange).sort().at(-1) ?? "1970-01-01";
  const home = escapeXml(absoluteUrl(site, "/articles/"));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${home}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(site, "/feed.xml"))}"/>`,
    `  <link rel="alternate" type="text/html" href="${home}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    // Atom needs an author for every entry; the site writes them all in its own words.
    `  <author><name>${SITE_NAME}</name><uri>${escapeXml(absoluteUrl(site, "/"))}</uri></author>`,
    ...articles.map((a) => entry(a, options)),
    "</feed>",
    "",
  ].join("\n");
}
