import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleIndex } from "@/components/articles/article-index";
import { tagCounts, usedTags } from "@/lib/articles/taxonomy";
import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";

type Params = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

/** A page for every tag some article uses; unused tags would be empty pages. */
export function generateStaticParams() {
  return usedTags(loadTags(), loadLibrary()).map((t) => ({ tag: t.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tag: id } = await params;
  const tag = loadTags().find((t) => t.id === id);
  if (!tag) return {};
  const description = `Articles from the Outside-In library on ${tag.name}.`;
  return loadPageMetadata({ title: `Articles on ${tag.name}`, description, path: `/articles/tag/${tag.id}/` });
}

export default async function TagPage({ params }: Params) {
  const { tag: id } = await params;
  const tags = loadTags();
  const tag = tags.find((t) => t.id === id);
  if (!tag) notFound();
  const library = loadLibrary();
  const articles = library.filter((a) => a.frontmatter.tags.includes(id));
  return (
    <ArticleIndex
      title={`Articles on ${tag.name}`}
      articles={articles}
      counts={tagCounts(library)}
      tags={tags}
      filters={usedTags(tags, library)}
      activeTag={id}
    />
  );
}
