import { SiteLink } from "@/components/shared/site-link";
import type { ArticleFrontmatter } from "@/lib/articles/schema";
import type { Tag } from "@/lib/articles/taxonomy";
import { formatDate } from "@/lib/shared/dates";
import { TagList } from "./tag-list";

/** What a card shows of an article. */
export type ArticleListItem = {
  slug: string;
  frontmatter: Pick<ArticleFrontmatter, "title" | "summary" | "published" | "tags">;
  minutes: number;
};

export function ArticleCard({ article, tags }: { article: ArticleListItem; tags: Tag[] }) {
  const { title, summary, published } = article.frontmatter;
  return (
    <li className="article-card" data-slug={article.slug} data-tags={article.frontmatter.tags.join(" ")}>
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
