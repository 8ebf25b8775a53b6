import type { Metadata } from "next";
import type { Site } from "./schema";
import { absoluteUrl, siteUrl, type SiteAddress } from "./site-url";

/** What the head of every page says about the site: its name, title and feed. */
export function siteTitle(site: Site): string {
  return `${site.name}: how customer-centric is your organisation?`;
}

/** Every page offers the article feed, so readers can find it from anywhere on the site. */
export function feedLink(site: Site, address: SiteAddress) {
  return { "application/atom+xml": [{ url: siteUrl(address, "/feed.xml"), title: `${site.name} articles` }] };
}

/** The link-preview picture: 1200 × 630, the size Open Graph and most chat tools show large. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** The site's own preview picture, for pages that have none of their own. */
export const SITE_OG_IMAGE = "/og/site.png";

/** Where an article's preview picture is written by the build. */
export const articleOgImage = (slug: string) => `/og/articles/${slug}.png`;

/** Defaults for pages without metadata of their own, such as the 404 page. */
export function layoutMetadata(site: Site, address: SiteAddress): Metadata {
  return {
    title: { default: siteTitle(site), template: `%s · ${site.name}` },
    description: site.description,
    alternates: { types: feedLink(site, address) },
    openGraph: { siteName: site.name, locale: "en_GB", type: "website" },
    twitter: { card: "summary" },
  };
}

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
};

/**
 * Canonical address, Open Graph and Twitter card for one page. Next replaces rather than merges
 * `openGraph`, `twitter` and `alternates` from the layout, so each page gets them whole here.
 * Open Graph's url and image must be absolute, so a build without SITE_URL leaves them out
 * rather than inventing a host; the canonical link may be relative and always has one.
 */
export function pageMetadata(site: Site, address: SiteAddress, page: Page): Metadata {
  const { title, description, path, isHome, article } = page;
  const url = absoluteUrl(address, path);
  const image = absoluteUrl(address, page.image ?? SITE_OG_IMAGE);
  const images = image ? [{ url: image, ...OG_IMAGE, alt: page.imageAlt ?? title }] : undefined;
  return {
    title: isHome ? { absolute: title } : title,
    description,
    alternates: { canonical: siteUrl(address, path), types: feedLink(site, address) },
    openGraph: {
      title,
      description,
      ...(url ? { url } : {}),
      ...(images ? { images } : {}),
      siteName: site.name,
      locale: "en_GB",
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.modified, tags: article.tags }
        : { type: "website" }),
    },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, ...(images ? { images } : {}) },
  };
}
