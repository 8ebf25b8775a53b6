type Tagged = { slug: string; frontmatter: { tags: string[]; published: string } };

/**
 * Articles sharing the most tags with this one, most shared first, then newest. Articles
 * sharing none are left out: a weak link is worse than none.
 */
export function relatedArticles<T extends Tagged>(article: T, all: T[], limit = 3): T[] {
  const tags = new Set(article.frontmatter.tags);
  return all
    .filter((a) => a.slug !== article.slug)
    .map((a) => ({ a, shared: a.frontmatter.tags.filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || y.a.frontmatter.published.localeCompare(x.a.frontmatter.published))
    .slice(0, limit)
    .map((x) => x.a);
}

/** The neighbours of an article in a list ordered newest first. */
export function neighbours<T extends { slug: string }>(article: T, ordered: T[]): { newer?: T; older?: T } {
  const i = ordered.findIndex((a) => a.slug === article.slug);
  if (i < 0) return {};
  return { newer: ordered[i - 1], older: ordered[i + 1] };
}
