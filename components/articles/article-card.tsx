import { SiteLink } from "@/components/shared/site-link";
import type { ArticleFrontmatter } from "@/lib/articles/schema";
import type { Tag } from "@/lib/articles/taxonomy";
import { formatDate } from "@/lib/shared/dates";
import { TagList } from "./tag-list";

/** What a card shows of an article: little enough to travel to the search island as props. */
export type ArticleListItem = {
  slug: string;
  frontmatter: Pick<ArticleFrontmatter, "title" | "summary" | "published" | "tags">;
  minutes: number;
};

/** The card's part of an article, so the page does not carry the rest (sources, areas, body). */
export const listItem = ({ slug, frontmatter: { title, summary, published, tags }, minutes }: ArticleListItem) => ({
  slug,
  frontmatter: { title, summary, published, tags },
  minutes,
});

export function ArticleCard({ article, tags }: { article: ArticleListItem; tags: Tag[] }) {
  const { title, summary, published } = article.frontmatter;
  return (
    <li className="article-card">
      <h2>
        <SiteLink href={`/articles/${article.slug}/`}>{title}</SiteLink>
      </h2>
      <p className="muted article-meta">
        <time dateTime={published}>{formatDate(published)}</time> · {article.minutes} min read
      </p>
      <p>{summary}</p>
      <TagList ids={article.frontmatter.tags} tags={tags} />
    </li>
  );
}
