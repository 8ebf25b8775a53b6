import type { MetadataRoute } from "next";
import { absoluteUrl, type Site } from "./site-url";

type SitemapContent = {
  articles: { slug: string; frontmatter: { published: string; updated?: string } }[];
  /** Tags that have a page: those some article uses. */
  tagIds: string[];
  assessmentIds: string[];
};

/** Pages that exist whatever the content. /results/ is left out: it is empty without a link. */
const FIXED_PAGES = ["/", "/journey/", "/blunders/", "/articles/", "/how-scoring-works/", "/compare/", "/team/"];

/**
 * Every page a search engine should index, with absolute URLs. Only articles carry a
 * last-modified date: other pages have no honest one, and a build date would be a guess.
 */
export function sitemapEntries(site: Site, { articles, tagIds, assessmentIds }: SitemapContent): MetadataRoute.Sitemap {
  const page = (path: string, lastModified?: string) => ({
    url: absoluteUrl(site, path),
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    ...FIXED_PAGES.map((path) => page(path)),
    ...assessmentIds.map((id) => page(`/assess/${id}/`)),
    ...articles.map((a) => page(`/articles/${a.slug}/`, a.frontmatter.updated ?? a.frontmatter.published)),
    ...tagIds.map((id) => page(`/articles/tag/${id}/`)),
  ];
}
