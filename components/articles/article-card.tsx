import Link from "next/link";
import type { ArticleFrontmatter } from "@/lib/articles/schema";
import type { Tag } from "@/lib/articles/taxonomy";
import { formatDate } from "@/components/shared/format-date";
import { TagList } from "./tag-list";

export type ArticleListItem = { slug: string; frontmatter: ArticleFrontmatter; minutes: number };

export function ArticleCard({ article, tags }: { article: ArticleListItem; tags: Tag[] }) {
  const { title, summary, published } = article.frontmatter;
  return (
    <li className="article-card">
      <h2>
        <Link href={`/articles/${article.slug}/`}>{title}</Link>
      </h2>
      <p className="muted article-meta">
        <time dateTime={published}>{formatDate(published)}</time> · {article.minutes} min read
      </p>
      <p>{summary}</p>
      <TagList ids={article.frontmatter.tags} tags={tags} />
    </li>
  );
}
