import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/article-view";
import { JsonLd } from "@/components/articles/json-ld";
import { tagNames } from "@/lib/articles/taxonomy";
import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadBibliography } from "@/lib/content/library/load-sources";
import { resolveSources } from "@/lib/sources/citations";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { articleJsonLd } from "@/lib/site/json-ld";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadSite } from "@/lib/content/load-site";
import { articleOgImage } from "@/lib/site/page-metadata";
import { readSiteAddress } from "@/lib/site/site-url";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadLibrary().map((a) => ({ slug: a.slug }));
}

const find = (slug: string) => loadLibrary().find((a) => a.slug === slug);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = find((await params).slug);
  if (!article) return {};
  const { title, summary, published, updated, tags } = article.frontmatter;
  const meta = { published, modified: updated ?? published, tags: tagNames(tags, loadTags()) };
  return loadPageMetadata({
    title,
    description: summary,
    path: `/articles/${article.slug}/`,
    article: meta,
    image: articleOgImage(article.slug),
    imageAlt: `${title}: an article in the Outside-In library`,
  });
}

export default async function ArticlePage({ params }: Params) {
  const article = find((await params).slug);
  if (!article) notFound();
  const tags = loadTags();
  const sources = resolveSources(article.frontmatter.sources, loadBibliography());
  const keywords = tagNames(article.frontmatter.tags, tags);
  return (
    <>
      <JsonLd data={articleJsonLd(readSiteAddress(), loadSite(), article, sources, keywords)} />
      <ArticleView
        article={article}
        editors={loadSite().editors}
        library={loadLibrary()}
        tags={tags}
        questionnaires={loadCurrentQuestionnaires()}
        model={loadStageModel()}
        sources={sources}
      />
    </>
  );
}
