import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleIndex } from "@/components/articles/article-index";
import { tagCounts, usedTags } from "@/lib/articles/taxonomy";
import { loadTagsIn } from "@/lib/content/library/load-articles";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import { loadPageMetadataIn } from "@/lib/content/load-page-metadata";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

// A translated library lists every article: the translated ones in its language, the others in
// English, marked, linking to their English pages (a language has no copy of an article it
// has not translated).

export const articlesMetadata = (locale: Locale) => pageMeta(locale, "articles", "/articles/");

export function ArticlesPage({ locale }: { locale: Locale }) {
  const articles = loadLibraryIn(locale);
  const tags = loadTagsIn(locale);
  const { pages, chrome } = messagesFor(locale);
  return (
    <Frame locale={locale} path="/articles/">
      <ArticleIndex
        title={pages.meta.articles.title}
        locale={locale}
        inEnglish={chrome.inEnglish}
        messages={messagesFor(locale).articles}
        articles={articles}
        counts={tagCounts(articles)}
        tags={tags}
        filters={usedTags(tags, articles)}
        searchable
      />
    </Frame>
  );
}

/** A page for every tag some article uses; unused tags would be empty pages. */
export const tagParams = () => usedTags(loadTagsIn("en"), loadLibraryIn("en")).map((t) => ({ tag: t.id }));

export function tagMetadata(locale: Locale, id: string): Metadata {
  const tag = loadTagsIn(locale).find((t) => t.id === id);
  if (!tag) return {};
  const { title, description } = messagesFor(locale).pages.meta.tag;
  return loadPageMetadataIn(locale, {
    title: fill(title, { tag: tag.name }),
    description: fill(description, { tag: tag.name }),
    path: `/articles/tag/${tag.id}/`,
  });
}

export function TagPage({ locale, id }: { locale: Locale; id: string }) {
  const tags = loadTagsIn(locale);
  const tag = tags.find((t) => t.id === id);
  if (!tag) notFound();
  const library = loadLibraryIn(locale);
  const { pages, chrome } = messagesFor(locale);
  return (
    <Frame locale={locale} path={`/articles/tag/${id}/`}>
      <ArticleIndex
        title={fill(pages.meta.tag.title, { tag: tag.name })}
        locale={locale}
        inEnglish={chrome.inEnglish}
        messages={messagesFor(locale).articles}
        articles={library.filter((a) => a.frontmatter.tags.includes(id))}
        counts={tagCounts(library)}
        tags={tags}
        filters={usedTags(tags, library)}
        activeTag={id}
      />
    </Frame>
  );
}
