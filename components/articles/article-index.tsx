import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";
import { ArticleCard, listItem, type ArticleListItem } from "./article-card";
import { ArticleSearch } from "./article-search";
import { Island } from "@/components/islands/island";

type Props = {
  title: string;
  articles: ArticleListItem[];
  /** The whole vocabulary, to name each article's tags. */
  tags: Tag[];
  /** Tags that have a page, offered as filters. */
  filters: Tag[];
  activeTag?: string;
  /** Offer the search box (the full library only). */
  searchable?: boolean;
};

/** The article list, newest first, with links to filter by tag. */
export function ArticleIndex({ title, articles, tags, filters, activeTag, searchable }: Props) {
  const items = articles.map(listItem);
  return (
    <div className="article-index">
      <h1>{title}</h1>
      <p className="lead">
        The ideas behind the assessments, in our own words and with their sources. Each article ends with what to do on
        Monday.
      </p>
      <nav aria-label="Filter by tag" className="tag-filter">
        <ul className="tag-list">
          <li>
            <SiteLink className="tag" href="/articles/" aria-current={activeTag ? undefined : "page"}>
              All articles
            </SiteLink>
          </li>
          {filters.map((t) => (
            <li key={t.id}>
              <SiteLink
                className="tag"
                href={`/articles/tag/${t.id}/`}
                aria-current={t.id === activeTag ? "page" : undefined}
              >
                {t.name}
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
      {searchable ? (
        <Island of={ArticleSearch} props={{ articles: items, tags }} />
      ) : (
        <>
          <p className="muted">{articles.length === 1 ? "1 article" : `${articles.length} articles`}</p>
          <ol className="article-list">
            {items.map((a) => (
              <ArticleCard key={a.slug} article={a} tags={tags} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
