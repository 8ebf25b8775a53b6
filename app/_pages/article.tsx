import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/article-view";
import { JsonLd } from "@/components/articles/json-ld";
import { tagNames } from "@/lib/articles/taxonomy";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { loadTagsIn } from "@/lib/content/library/load-articles";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import { loadBibliographyIn } from "@/lib/content/library/load-sources";
import { loadPageMetadataIn } from "@/lib/content/load-page-metadata";
import { loadSiteIn } from "@/lib/content/load-site";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { articleJsonLd } from "@/lib/site/json-ld";
import { articleOgImage } from "@/lib/site/page-metadata";
import { readSiteAddress } from "@/lib/site/site-url";
import { resolveSources } from "@/lib/sources/citations";
import { Frame } from "./frame";

/** The articles a language has its own page for: every one in English, the translated ones in another. */
export const articleParams = (locale: Locale) =>
  loadLibraryIn(locale)
    .filter((a) => a.translated)
    .map((a) => ({ slug: a.slug }));

/** Which languages have this article: hreflang and the switch name only those. */
const translatedInto = (slug: string) => (locale: Locale) =>
  loadLibraryIn(locale).some((a) => a.slug === slug && a.translated);

const find = (locale: Locale, slug: string) => loadLibraryIn(locale).find((a) => a.slug === slug && a.translated);

export function articleMetadata(locale: Locale, slug: string): Metadata {
  const article = find(locale, slug);
  if (!article) return {};
  const { title, summary, published, updated, tags } = article.frontmatter;
  const meta = { published, modified: updated ?? published, tags: tagNames(tags, loadTagsIn(locale)) };
  const page = {
    title,
    description: summary,
    path: `/articles/${article.slug}/`,
    article: meta,
    image: articleOgImage(article.slug),
    imageAlt: fill(messagesFor(locale).pages.meta.articleImageAlt, { title }),
  };
  return loadPageMetadataIn(locale, page, translatedInto(slug));
}

export function ArticlePage({ locale, slug }: { locale: Locale; slug: string }) {
  const article = find(locale, slug);
  if (!article) notFound();
  const tags = loadTagsIn(locale);
  const sources = resolveSources(article.frontmatter.sources, loadBibliographyIn(locale));
  const keywords = tagNames(article.frontmatter.tags, tags);
  const site = loadSiteIn(locale);
  return (
    <Frame locale={locale} path={`/articles/${slug}/`} has={translatedInto(slug)}>
      <JsonLd data={articleJsonLd(readSiteAddress(), site, article, sources, keywords, locale)} />
      <ArticleView
        locale={locale}
        messages={messagesFor(locale).articles}
        article={article}
        editors={site.editors}
        library={loadLibraryIn(locale).filter((a) => a.translated)}
        tags={tags}
        questionnaires={loadCurrentQuestionnairesIn(locale)}
        model={loadStageModelIn(locale)}
        sources={sources}
      />
    </Frame>
  );
}
