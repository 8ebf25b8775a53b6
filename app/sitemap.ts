import type { MetadataRoute } from "next";
import { usedTags } from "@/lib/articles/taxonomy";
import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary, loadLibraryIn } from "@/lib/content/library/load-library";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { buildShipping } from "@/lib/content/i18n/site-locales";
import type { Locale } from "@/lib/i18n/locales";
import { sitemapEntries } from "@/lib/site/sitemap";
import { readSiteAddress } from "@/lib/site/site-url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = loadLibrary();
  return sitemapEntries(readSiteAddress(), {
    articles,
    tagIds: usedTags(loadTags(), articles).map((t) => t.id),
    assessmentIds: loadCurrentQuestionnaires().map((q) => q.id),
    shipping: buildShipping(),
    articleIn: (slug) => (locale: Locale) => loadLibraryIn(locale).some((a) => a.slug === slug && a.translated),
  });
}
