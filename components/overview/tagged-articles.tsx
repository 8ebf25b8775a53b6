import { ArticleTitleLink } from "@/components/shared/article-title-link";
import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";
import { fill, formatCountIn } from "@/lib/i18n/format";
import { localePath } from "@/lib/i18n/paths";
import type { OverviewLanguage } from "./start-assessment";

/** False for an article the page's language has not translated: it links to the English one. */
export type ArticleLink = { slug: string; frontmatter: { title: string; tags: string[] }; translated?: boolean };

/** Beyond this many, the tag page lists the rest: an overview should stay an overview. */
const MAX_SHOWN = 3;

/** The newest articles with a tag, and a link to all of them. Nothing when none has it. */
export function TaggedArticles({
  tag,
  library,
  language,
}: {
  tag: Tag;
  library: ArticleLink[];
  language: OverviewLanguage;
}) {
  const m = language.messages.overview.articles;
  const tagged = library.filter((a) => a.frontmatter.tags.includes(tag.id));
  if (tagged.length === 0) return null;
  return (
    <div className="tagged-articles">
      <p className="tagged-articles-title">{m.readMore}</p>
      <ul aria-label={fill(m.on, { tag: tag.name })}>
        {tagged.slice(0, MAX_SHOWN).map((a) => (
          <li key={a.slug}>
            <ArticleTitleLink
              locale={language.locale}
              slug={a.slug}
              title={a.frontmatter.title}
              english={a.translated === false}
              inEnglish={language.messages.chrome.inEnglish}
            />
          </li>
        ))}
      </ul>
      {tagged.length > MAX_SHOWN && (
        <p>
          <SiteLink href={localePath(language.locale, `/articles/tag/${tag.id}/`)}>
            {fill(m.all, { n: formatCountIn(language.locale, tagged.length), tag: tag.name })}
          </SiteLink>
        </p>
      )}
    </div>
  );
}
