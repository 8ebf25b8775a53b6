import type { Metadata } from "next";
import { ArticleBody } from "@/components/mdx/render-article";
import { loadPage } from "@/lib/content/load-pages";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { summarise } from "@/lib/questionnaire/summary";

export function generateMetadata(): Metadata {
  const { title, summary } = loadPage("about").frontmatter;
  return loadPageMetadata({ title, description: summary, path: "/about/" });
}

export default function AboutPage() {
  const page = loadPage("about");
  const context = { model: loadStageModel(), assessments: loadCurrentQuestionnaires().map(summarise) };
  return (
    <article className="article">
      <header className="article-header">
        <h1>{page.frontmatter.title}</h1>
        <p className="lead">{page.frontmatter.summary}</p>
      </header>
      <div className="article-body">
        <ArticleBody body={page.body} file={page.file} context={context} />
      </div>
    </article>
  );
}
