import { languageTag } from "./format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/**
 * A page's address in a language: English at the site's root, as every address shared before
 * there were languages; every other language under /<lang>/ ("/journey/" → "/de/journey/").
 * Paths are site-relative, without the base path, with their trailing slash.
 */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/**
 * An article's address for a reader of a language: its translation, or its English page while
 * the language has not translated it (the library lists it in English, marked, rather than
 * leaving it out), so no link leads to a translation that was never built.
 */
export function articlePath(locale: Locale, slug: string, translated = true): string {
  return localePath(translated ? locale : DEFAULT_LOCALE, `/articles/${slug}/`);
}

/** The language of an address and its English path: "/de/results/" → de, "/results/". */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)$/.exec(path);
  const code = match?.[1];
  return match && isLocale(code) && code !== DEFAULT_LOCALE
    ? { locale: code, path: match[2] ?? "/" }
    : { locale: DEFAULT_LOCALE, path };
}

/** Which languages a page exists in: every built language, unless it says otherwise (an article). */
export type HasPage = (locale: Locale) => boolean;

const everyLanguage: HasPage = () => true;

/**
 * The hreflang alternates of an indexable page: each shipping language the page exists in, by
 * its tag, plus `x-default` (English). None while the page exists in one language only: an
 * alternate needs another language to point to.
 */
export function hreflangAlternates(
  path: string,
  shipping: readonly Locale[],
  has: HasPage = everyLanguage,
): Record<string, string> | undefined {
  const languages = shipping.filter((l) => l === DEFAULT_LOCALE || has(l));
  if (languages.length < 2) return undefined;
  return {
    ...Object.fromEntries(languages.map((l) => [languageTag(l), localePath(l, path)])),
    "x-default": localePath(DEFAULT_LOCALE, path),
  };
}

/** One link of the language switch. */
export type SwitchTarget = { locale: Locale; path: string; current: boolean };

/**
 * The languages the switch offers on a page: the shipping ones the page exists in. A preview
 * (built, not shipping) is offered only on its own pages, so a reader there can see where they
 * are and leave; a shipping page never leads to an unfinished translation.
 */
export function switchTargets(
  page: { locale: Locale; path: string },
  shipping: readonly Locale[],
  has: HasPage = everyLanguage,
): SwitchTarget[] {
  const offered = shipping.includes(page.locale) ? shipping : [...shipping, page.locale];
  return offered
    .filter((l) => l === page.locale || l === DEFAULT_LOCALE || has(l))
    .map((locale) => ({ locale, path: localePath(locale, page.path), current: locale === page.locale }));
}
