import { SiteLink } from "@/components/shared/site-link";
import type { Tag } from "@/lib/articles/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import { pluralIn } from "@/lib/i18n/format";
import { localePath } from "@/lib/i18n/paths";

type Props = {
  locale: Locale;
  messages: ArticlesMessages;
  filters: Tag[];
  counts: { total: number; byTag: Record<string, number> };
  activeTag?: string;
};

// The link reads "Loyalty 2 articles": the visible count and a word only screen readers hear.
const counted = (n: number, word: string) => (
  <>
    {" "}
    <span className="tag-count">
      {n}
      <span className="visually-hidden"> {word}</span>
    </span>
  </>
);

/**
 * Every tag in one row that scrolls sideways on a phone, each with its number of articles. Plain
 * links to the tag pages; the list's script, where there is one, filters in place instead.
 */
export function TagFilter({ locale, messages, filters, counts, activeTag }: Props) {
  const count = (n: number) => counted(n, pluralIn(locale, n, messages.countWord));
  return (
    <nav aria-label={messages.filterLabel} className="tag-filter">
      <ul className="tag-row">
        <li>
          <SiteLink
            className="tag"
            href={localePath(locale, "/articles/")}
            data-tag=""
            aria-current={activeTag ? undefined : "page"}
          >
            {messages.allArticles}
            {count(counts.total)}
          </SiteLink>
        </li>
        {filters.map((t) => (
          <li key={t.id}>
            <SiteLink
              className="tag"
              href={localePath(locale, `/articles/tag/${t.id}/`)}
              data-tag={t.id}
              data-tag-name={t.name}
              aria-current={t.id === activeTag ? "page" : undefined}
            >
              {t.name}
              {count(counts.byTag[t.id] ?? 0)}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
