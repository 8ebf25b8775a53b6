import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";
import { neighbours, relatedArticles } from "@/lib/articles/related";
import type { LibraryArticle } from "@/lib/articles/types";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { Source } from "@/lib/sources/schema";
import { summarise } from "@/lib/questionnaire/summary";
import { ArticleBody } from "@/components/mdx/render-article";
import { withBasePath } from "@/components/shared/base-path";
import { withLinks } from "@/components/shared/with-links";
import { fill, formatDateIn } from "@/lib/i18n/format";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { SourcesBlock } from "./sources-block";
import { SupportedAreas } from "./supported-areas";
import { TableOfContents } from "./table-of-contents";
import { TagList } from "./tag-list";

type Props = {
  /** The page's language: its links stay in it. */
  locale: Locale;
  messages: ArticlesMessages;
  article: LibraryArticle;
  /** Who writes the library, from content/site.yaml: the byline. */
  editors: string;
  library: LibraryArticle[];
  tags: Tag[];
  questionnaires: Questionnaire[];
  model: StageModel;
  /** The sources it cites, resolved from content/sources.yaml. */
  sources: Source[];
};

/** Long pieces get a table of contents; short ones read fine without. */
const TOC_MIN_SECTIONS = 4;

export function ArticleView({
  locale,
  messages,
  article,
  editors,
  library,
  tags,
  questionnaires,
  model,
  sources,
}: Props) {
  const at = (path: string) => localePath(locale, path);
  const { title, summary, published, updated, areas } = article.frontmatter;
  const related = relatedArticles(article, library);
  const { newer, older } = neighbours(article, library);
  const sections = article.headings.filter((h) => h.level === 2);
  return (
    <article className="article">
      <header className="article-header">
        <p className="article-kicker">
          <SiteLink href={at("/articles/")}>{messages.kicker}</SiteLink>
        </p>
        <h1>{title}</h1>
        <p className="lead">{summary}</p>
        <p className="muted article-meta">
          {withLinks(messages.by, { editors: <a href={withBasePath(at("/about/"))}>{editors}</a> })} ·{" "}
          <time dateTime={published}>{formatDateIn(locale, published)}</time>
          {updated && (
            <>
              {" "}
              ·{" "}
              {withLinks(messages.updated, {
                date: <time dateTime={updated}>{formatDateIn(locale, updated)}</time>,
              })}
            </>
          )}{" "}
          · {fill(messages.minRead, { n: article.minutes })}
        </p>
        <TagList locale={locale} label={messages.tagsLabel} ids={article.frontmatter.tags} tags={tags} />
      </header>
      {sections.length >= TOC_MIN_SECTIONS && (
        <TableOfContents label={messages.onThisPage} headings={article.headings} />
      )}
      <div className="article-body">
        <ArticleBody
          body={article.body}
          file={article.file}
          context={{ model, assessments: questionnaires.map(summarise), locale }}
        />
      </div>
      <SupportedAreas locale={locale} messages={messages} areas={areas} questionnaires={questionnaires} />
      <SourcesBlock locale={locale} messages={messages} sources={sources} />
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="related">
          <h2 id="related-title">{messages.related}</h2>
          <ul>
            {related.map((r) => (
              <li key={r.slug}>
                <SiteLink href={at(`/articles/${r.slug}/`)}>{r.frontmatter.title}</SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav className="article-pager" aria-label={messages.moreArticles}>
        {newer && (
          <SiteLink href={at(`/articles/${newer.slug}/`)} rel="prev">
            <span className="muted">{messages.newer}</span> {newer.frontmatter.title}
          </SiteLink>
        )}
        {older && (
          <SiteLink href={at(`/articles/${older.slug}/`)} rel="next">
            <span className="muted">{messages.older}</span> {older.frontmatter.title}
          </SiteLink>
        )}
      </nav>
    </article>
  );
}
