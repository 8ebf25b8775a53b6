import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/article-view";
import { loadTags } from "@/lib/content/load-articles";
import { loadLibrary } from "@/lib/content/load-library";
import { loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { loadStageModel } from "@/lib/content/load-stage-model";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadLibrary().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const article = loadLibrary().find((a) => a.slug === slug);
  return article ? { title: article.frontmatter.title, description: article.frontmatter.summary } : {};
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params;
  const library = loadLibrary();
  const article = library.find((a) => a.slug === slug);
  if (!article) notFound();
  return (
    <ArticleView
      article={article}
      library={library}
      tags={loadTags()}
      questionnaires={loadCurrentQuestionnaires()}
      model={loadStageModel()}
    />
  );
}
