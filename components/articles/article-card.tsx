import { SiteLink } from "@/components/shared/site-link";
import type { ArticleFrontmatter } from "@/lib/articles/schema";
import type { Tag } from "@/lib/articles/taxonomy";
import { fill, formatDateIn, languageTag } from "@/lib/i18n/format";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import type { Locale } from "@/lib/i18n/locales";
import { articlePath } from "@/lib/i18n/paths";
import { TagList } from "./tag-list";

/** What a card shows of an article. */
export type ArticleListItem = {
  slug: string;
  frontmatter: Pick<ArticleFrontmatter, "title" | "summary" | "published" | "tags">;
  minutes: number;
  /** False for an article a translated library lists in English: it links to the English page. */
  translated?: boolean;
};

type Props = { locale: Locale; inEnglish: string; messages: ArticlesMessages; article: ArticleListItem; tags: Tag[] };

export function ArticleCard({ locale, inEnglish, messages, article, tags }: Props) {
  const { title, summary, published } = article.frontmatter;
  // An article not translated yet is listed in its English words, marked, and opens in English.
  const english = article.translated === false;
  const lang = english ? languageTag("en") : undefined;
  return (
    <li className="article-card" data-slug={article.slug} data-tags={article.frontmatter.tags.join(" ")}>
      <h2>
        <SiteLink href={articlePath(locale, article.slug, !english)} lang={lang} hrefLang={lang}>
          {title}
        </SiteLink>
        {english && <span className="article-language"> ({inEnglish})</span>}
      </h2>
      <p className="muted article-meta">
        <time dateTime={published}>{formatDateIn(locale, published)}</time> ·{" "}
        {fill(messages.minRead, { n: article.minutes })}
      </p>
      <p lang={lang}>{summary}</p>
      <TagList locale={locale} label={messages.tagsLabel} ids={article.frontmatter.tags} tags={tags} />
    </li>
  );
}
