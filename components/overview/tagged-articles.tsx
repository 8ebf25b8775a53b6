import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";

export type ArticleLink = { slug: string; frontmatter: { title: string; tags: string[] } };

/** Beyond this many, the tag page lists the rest: an overview should stay an overview. */
const MAX_SHOWN = 3;

/** The newest articles with a tag, and a link to all of them. Nothing when none has it. */
export function TaggedArticles({ tag, library }: { tag: Tag; library: ArticleLink[] }) {
  const tagged = library.filter((a) => a.frontmatter.tags.includes(tag.id));
  if (tagged.length === 0) return null;
  return (
    <div className="tagged-articles">
      <p className="tagged-articles-title">Read more</p>
      <ul aria-label={`Articles on ${tag.name}`}>
        {tagged.slice(0, MAX_SHOWN).map((a) => (
          <li key={a.slug}>
            <SiteLink href={`/articles/${a.slug}/`}>{a.frontmatter.title}</SiteLink>
          </li>
        ))}
      </ul>
      {tagged.length > MAX_SHOWN && (
        <p>
          <SiteLink href={`/articles/tag/${tag.id}/`}>
            All {tagged.length} articles on {tag.name}
          </SiteLink>
        </p>
      )}
    </div>
  );
}
