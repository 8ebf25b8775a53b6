import { ArticleBody } from "./render-article";
import type { SitePage } from "@/lib/site/page-schema";

type Props = { page: SitePage; context: Parameters<typeof ArticleBody>[0]["context"] };

/** A page of the site written in content/pages/<slug>.mdx, laid out as an article. */
export function ContentPage({ page, context }: Props) {
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
