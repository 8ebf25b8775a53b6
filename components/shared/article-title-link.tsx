import { SiteLink } from "@/components/shared/site-link";
import { languageTag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { articlePath } from "@/lib/i18n/paths";

type Props = {
  locale: Locale;
  slug: string;
  title: string;
  /** True for an article the page's language has not translated yet. */
  english: boolean;
  /** The library's mark for such an article: "in English". */
  inEnglish: string;
};

/**
 * An article linked by its title, as the library lists it: one the page's language has not
 * translated yet opens in English, its title marked English (for screen readers and the
 * English-leak checks) and followed by the mark, so no reader lands on English unwarned.
 */
export function ArticleTitleLink({ locale, slug, title, english, inEnglish }: Props) {
  const lang = english ? languageTag("en") : undefined;
  return (
    <>
      <SiteLink href={articlePath(locale, slug, !english)} lang={lang} hrefLang={lang}>
        {title}
      </SiteLink>
      {english && <span className="article-language"> ({inEnglish})</span>}
    </>
  );
}
