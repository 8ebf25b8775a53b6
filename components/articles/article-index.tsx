import { Island } from "@/components/islands/island";
import { withBasePath } from "@/components/shared/base-path";
import { withLinks } from "@/components/shared/with-links";
import { fill, pluralIn } from "@/lib/i18n/format";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { Tag } from "@/lib/articles/taxonomy";
import { ArticleCard, type ArticleListItem } from "./article-card";
import { TagFilter } from "./tag-filter";

type Props = {
  title: string;
  /** The page's language: the list's own links stay in it. */
  locale: Locale;
  /** Marks an article shown in English in a translated library: "in English". */
  inEnglish: string;
  messages: ArticlesMessages;
  /** The articles this page lists, newest first. */
  articles: ArticleListItem[];
  /** How many articles the whole library has, and how many carry each tag. */
  counts: { total: number; byTag: Record<string, number> };
  /** The whole vocabulary, to name each article's tags. */
  tags: Tag[];
  /** Tags that have a page, offered as filters. */
  filters: Tag[];
  activeTag?: string;
  /** Offer the search box and filter in place (the full library only). */
  searchable?: boolean;
};

/**
 * The article list, newest first: a search box, one scrolling row of tags with their counts, a
 * live count and the cards. It is plain HTML, complete without JavaScript (the tags are links to
 * the tag pages). On /articles/ a small script (an enhancer island: components/islands/enhancers.ts) then searches
 * and filters the same cards in place, keeping both choices in the address.
 */
export function ArticleIndex({
  title,
  locale,
  inEnglish,
  messages,
  articles,
  counts,
  tags,
  filters,
  activeTag,
  searchable,
}: Props) {
  const at = (path: string) => withBasePath(localePath(locale, path));
  const tagName = filters.find((t) => t.id === activeTag)?.name;
  // What the status says before any search; once one starts, the list's script says it with
  // describeList (lib/articles/index-view.ts) and the words written on the status element.
  const count = (n: number) => fill(pluralIn(locale, n, messages.count), { n });
  const status = tagName
    ? fill(messages.tagged, { articles: count(articles.length), tag: tagName })
    : count(counts.total);
  const list = (
    <>
      {searchable && (
        <form
          role="search"
          className="article-search"
          action={at("/articles/")}
          data-index={at("/articles/search.json")}
        >
          <label htmlFor="article-search-box">{messages.searchLabel}</label>
          <input id="article-search-box" type="search" name="q" autoComplete="off" enterKeyHint="search" />
        </form>
      )}
      <TagFilter locale={locale} messages={messages} filters={filters} counts={counts} activeTag={activeTag} />
      <p
        className="muted list-status"
        role="status"
        data-locale={searchable ? locale : undefined}
        data-words={
          searchable
            ? JSON.stringify({ count: messages.count, tagged: messages.tagged, status: messages.status })
            : undefined
        }
      >
        {status}
      </p>
      <ol className="article-list">
        {articles.map((a) => (
          <ArticleCard key={a.slug} locale={locale} inEnglish={inEnglish} messages={messages} article={a} tags={tags} />
        ))}
      </ol>
    </>
  );
  return (
    <div className="article-index">
      <h1>{title}</h1>
      <p className="lead">{messages.lead}</p>
      {searchable ? <Island name="search">{list}</Island> : list}
      {/* Feed readers find the feed in the page's head; people look for it where the list ends. */}
      <p className="muted article-feed">
        {withLinks(messages.feed, {
          feed: (
            <a href={at("/feed.xml")} type="application/atom+xml">
              {messages.feedLink}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
