import { createHash } from "node:crypto";
import { languageTag } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { localePath } from "../i18n/paths";
import { escapeXml } from "./xml";
import { absoluteUrl, siteUrl, type SiteAddress } from "./site-url";

/** What the feed needs of an article; LibraryArticle has it all. */
export type FeedArticle = {
  slug: string;
  frontmatter: { title: string; summary: string; published: string; updated?: string; tags: string[] };
};

type FeedOptions = {
  address: SiteAddress;
  /** The site's name, as the author of every entry. */
  siteName: string;
  title: string;
  subtitle: string;
  tagNames: ReadonlyMap<string, string>;
  /** The feed's language: its articles' addresses are that language's (/de/articles/…). English when left out. */
  locale?: Locale;
};

/**
 * A name-based UUID (RFC 9562, version 5, in the URL namespace) as an Atom id. Atom ids must
 * be absolute and never change; without SITE_URL the build has no address to use, and this id
 * stays the same for the same article on every build.
 */
export function urnUuid(name: string): string {
  const URL_NAMESPACE = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const hash = createHash("sha1").update(URL_NAMESPACE).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An absolute address where the build knows one, else a stable urn:uuid named by the path. */
const idFor = (address: SiteAddress, path: string) => absoluteUrl(address, path) ?? urnUuid(`outside-in:${path}`);

/** Atom wants full timestamps; articles carry dates, which we read as midnight UTC. */
const timestamp = (date: string) => `${date}T00:00:00Z`;
const lastChange = (a: FeedArticle) => a.frontmatter.updated ?? a.frontmatter.published;

function entry(article: FeedArticle, { address, tagNames, locale = "en" }: FeedOptions): string {
  const { title, summary, published, tags } = article.frontmatter;
  const path = localePath(locale, `/articles/${article.slug}/`);
  const url = escapeXml(siteUrl(address, path));
  const categories = tags.map(
    (t) => `    <category term="${escapeXml(t)}" label="${escapeXml(tagNames.get(t) ?? t)}"/>`,
  );
  return [
    "  <entry>",
    `    <id>${escapeXml(idFor(address, path))}</id>`,
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
 * An Atom 1.0 feed of the articles, in the order given (newest first). Links are relative
 * when the build has no SITE_URL, which Atom allows (they resolve against the feed's own
 * address); ids must be absolute, so those become urn:uuid ids. The feed's own
 * `updated` is the latest article change, not the build time, so rebuilding unchanged
 * content yields a byte-identical feed and readers see nothing new.
 */
export function atomFeed(articles: FeedArticle[], options: FeedOptions): string {
  const { address, siteName, title, subtitle, locale = "en" } = options;
  const updated = articles.map(lastChange).sort().at(-1) ?? "1970-01-01";
  const at = (path: string) => localePath(locale, path);
  const home = escapeXml(siteUrl(address, at("/articles/")));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageTag(locale)}">`,
    `  <id>${escapeXml(idFor(address, at("/articles/")))}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(siteUrl(address, at("/feed.xml")))}"/>`,
    `  <link rel="alternate" type="text/html" href="${home}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    // Atom needs an author for every entry; the site writes them all in its own words.
    `  <author><name>${escapeXml(siteName)}</name><uri>${escapeXml(siteUrl(address, at("/")))}</uri></author>`,
    ...articles.map((a) => entry(a, options)),
    "</feed>",
    "",
  ].join("\n");
}
