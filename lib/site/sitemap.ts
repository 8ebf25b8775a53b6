import type { MetadataRoute } from "next";
import { absoluteUrl, type SiteAddress } from "./site-url";

type SitemapContent = {
  articles: { slug: string; frontmatter: { published: string; updated?: string } }[];
  /** Tags that have a page: those some article uses. */
  tagIds: string[];
  assessmentIds: string[];
};

/** Pages that exist whatever the content. /results/ is left out: it is empty without a link. */
const FIXED_PAGES = [
  "/",
  "/journey/",
  "/blunders/",
  "/articles/",
  "/how-scoring-works/",
  "/about/",
  "/guide/",
  "/sources/",
  "/compare/",
  "/team/",
];

/**
 * Every page a search engine should index, with absolute URLs. Only articles carry a
 * last-modified date: other pages have no honest one, and a build date would be a guess.
 * Sitemaps allow only absolute addresses, so without SITE_URL the list is empty.
 */
export function sitemapEntries(site: SiteAddress, content: SitemapContent): MetadataRoute.Sitemap {
  const { articles, tagIds, assessmentIds } = content;
  const paths: { path: string; lastModified?: string }[] = [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...assessmentIds.map((id) => ({ path: `/assess/${id}/` })),
    ...articles.map((a) => ({
      path: `/articles/${a.slug}/`,
      lastModified: a.frontmatter.updated ?? a.frontmatter.published,
    })),
    ...tagIds.map((id) => ({ path: `/articles/tag/${id}/` })),
  ];
  return paths.flatMap(({ path, lastModified }) => {
    const url = absoluteUrl(site, path);
    return url === null ? [] : [{ url, ...(lastModified ? { lastModified } : {}) }];
  });
}
