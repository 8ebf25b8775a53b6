import type { Metadata } from "next";
import { loadSite } from "../content/load-site";

// The brand comes from content/site.yaml, so a consultant's name appears in titles and feeds.
const site = loadSite();
export const SITE_NAME = site.name;
export const SITE_TITLE = `${site.name}: how customer-centric is your organisation?`;
export const SITE_DESCRIPTION = site.description;

/** Every page offers the article feed, so readers can find it from anywhere on the site. */
export const FEED_LINK = { "application/atom+xml": [{ url: "/feed.xml", title: `${SITE_NAME} articles` }] };

type Page = {
  /** The page's own title; the layout's template adds the site name in the tab. */
  title: string;
  description: string;
  /** Site-relative path with its trailing slash, e.g. "/articles/"; metadataBase makes it absolute. */
  path: string;
  /** The home page's title already names the site, so the template must not add it again. */
  isHome?: boolean;
  article?: { published: string; modified: string; tags: string[] };
};

/**
 * Canonical URL, Open Graph and Twitter card for one page. Next replaces rather than merges
 * `openGraph`, `twitter` and `alternates` from the layout, so each page gets them whole here.
 */
export function pageMetadata({ title, description, path, isHome, article }: Page): Metadata {
  const shared = { title, description };
  return {
    title: isHome ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types: FEED_LINK },
    openGraph: {
      ...shared,
      url: path,
      siteName: SITE_NAME,
      locale: "en_GB",
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.modified, tags: article.tags }
        : { type: "website" }),
    },
    twitter: { card: "summary", ...shared },
  };
}
