import type { Metadata } from "next";
import { ArticleIndex } from "@/components/articles/article-index";
import { tagCounts, usedTags } from "@/lib/articles/taxonomy";
import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Articles",
    description:
      "Curated articles on customer-centricity: the six stages, the five service blunders, NPS, internal customers and more.",
    path: "/articles/",
  });
}

export default function ArticlesPage() {
  const articles = loadLibrary();
  const tags = loadTags();
  return (
    <ArticleIndex
      title="Articles"
      articles={articles}
      counts={tagCounts(articles)}
      tags={tags}
      filters={usedTags(tags, articles)}
      searchable
    />
  );
}
