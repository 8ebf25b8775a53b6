import type { Metadata } from "next";
import { languageTag } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { Site } from "./schema";
import { absoluteUrl, siteUrl, type SiteAddress } from "./site-url";

/** What the head of every page says about the site: its name, title and feed. */
export function siteTitle(site: Site): string {
  return `${site.name}: how customer-centric is your organisation?`;
}

/** A language's article feed: its address and title. English's is /feed.xml, "<site> articles". */
export type Feed = { path: string; title: string };

const englishFeed = (site: Site): Feed => ({ path: "/feed.xml", title: `${site.name} articles` });

/** Every page offers the article feed, so readers can find it from anywhere on the site. */
export function feedLink(site: Site, address: SiteAddress, feed: Feed = englishFeed(site)) {
  return { "application/atom+xml": [{ url: siteUrl(address, feed.path), title: feed.title }] };
}

/** Open Graph's form of a language tag: "en_GB", "de_DE". */
const ogLocale = (locale: Locale) => languageTag(locale).replace("-", "_");

/** The link-preview picture: 1200 × 630, the size Open Graph and most chat tools show large. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** The site's own preview picture, for pages that have none of their own. */
export const SITE_OG_IMAGE = "/og/site.png";

/** Where an article's preview picture is written by the build. */
export const articleOgImage = (slug: string) => `/og/articles/${slug}.png`;

/** Defaults for pages without metadata of their own, such as the 404 page. */
export function layoutMetadata(site: Site, address: SiteAddress, language?: Language): Metadata {
  return {
    title: { default: language?.siteTitle ?? siteTitle(site), template: `%s · ${site.name}` },
    description: site.description,
    alternates: { types: feedLink(site, address, language?.feed) },
    openGraph: { siteName: site.name, locale: ogLocale(language?.locale ?? "en"), type: "website" },
    ...(language?.noindex ? { robots: { index: false } } : {}),
    twitter: { card: "summary" },
  };
}

/** The language a page is in, for the parts of its metadata that depend on it; English when left out. */
export type Language = {
  locale: Locale;
  /** The home page's title in this language. */
  siteTitle?: string;
  feed?: Feed;
  /** The page's address in each other language that ships and has it (hreflang), with x-default. */
  languages?: Record<string, string>;
  /** A preview (a language not shipping yet): search engines are asked not to list it. */
  noindex?: boolean;
};

type Page = {
  /** The page's own title; the layout's template adds the site name in the tab. */
  title: string;
  description: string;
  /** Site-relative path with its trailing slash, e.g. "/articles/". */
  path: string;
  /** The home page's title already names the site, so the template must not add it again. */
  isHome?: boolean;
  article?: { published: string; modified: string; tags: string[] };
  /** Site-relative path of the page's preview picture; the site's own when left out. */
  image?: string;
  imageAlt?: string;
  language?: Language;
};

/**
 * Canonical address, Open Graph and Twitter card for one page. Next replaces rather than merges
 * `openGraph`, `twitter` and `alternates` from the layout, so each page gets them whole here.
 * Open Graph's url and image must be absolute, so a build without SITE_URL leaves them out
 * rather than inventing a host; the canonical link may be relative and always has one.
 */
export function pageMetadata(site: Site, address: SiteAddress, page: Page): Metadata {
  const { title, description, path, isHome, article, language } = page;
  const languages = language?.languages;
  const url = absoluteUrl(address, path);
  const image = absoluteUrl(address, page.image ?? SITE_OG_IMAGE);
  const images = image ? [{ url: image, ...OG_IMAGE, alt: page.imageAlt ?? title }] : undefined;
  return {
    title: isHome ? { absolute: title } : title,
    description,
    alternates: {
      canonical: siteUrl(address, path),
      ...(languages
        ? { languages: Object.fromEntries(Object.entries(languages).map(([tag, p]) => [tag, siteUrl(address, p)])) }
        : {}),
      types: feedLink(site, address, language?.feed),
    },
    ...(language?.noindex ? { robots: { index: false } } : {}),
    openGraph: {
      title,
      description,
      ...(url ? { url } : {}),
      ...(images ? { images } : {}),
      siteName: site.name,
      locale: ogLocale(language?.locale ?? "en"),
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.modified, tags: article.tags }
        : { type: "website" }),
    },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, ...(images ? { images } : {}) },
  };
}
