import type { MetadataRoute } from "next";
import type { Locale } from "../i18n/locales";
import { hreflangAlternates, localePath, type HasPage } from "../i18n/paths";
import { absoluteUrl, type SiteAddress } from "./site-url";

type SitemapContent = {
  articles: { slug: string; frontmatter: { published: string; updated?: string } }[];
  /** The languages that ship (previews stay out); English only when left out. */
  shipping?: readonly Locale[];
  /** Which languages have an article's page (a translation exists); all shipping ones when left out. */
  articleIn?: (slug: string) => HasPage;
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
  "/translations/",
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
  const { articles, tagIds, assessmentIds, shipping = ["en"], articleIn } = content;
  const paths: { path: string; lastModified?: string; has?: HasPage }[] = [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...assessmentIds.map((id) => ({ path: `/assess/${id}/` })),
    ...articles.map((a) => ({
      path: `/articles/${a.slug}/`,
      lastModified: a.frontmatter.updated ?? a.frontmatter.published,
      has: articleIn?.(a.slug),
    })),
    ...tagIds.map((id) => ({ path: `/articles/tag/${id}/` })),
  ];
  if (site.origin === null) return [];
  const absolute = (path: string) => absoluteUrl(site, path) ?? path;
  // Each page in each shipping language it exists in, English first, and each naming all of them
  // (the sitemap's form of hreflang, reciprocal, with English as x-default).
  return shipping.flatMap((locale) =>
    paths.flatMap(({ path, lastModified, has }) => {
      if (locale !== "en" && has && !has(locale)) return [];
      const languages = hreflangAlternates(path, shipping, has);
      return [
        {
          url: absolute(localePath(locale, path)),
          ...(lastModified ? { lastModified } : {}),
          ...(languages
            ? {
                alternates: {
                  languages: Object.fromEntries(Object.entries(languages).map(([tag, p]) => [tag, absolute(p)])),
                },
              }
            : {}),
        },
      ];
    }),
  );
}
