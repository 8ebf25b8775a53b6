import { isLocale, type Locale } from "./locales";

/** Where the stored choice of language is kept (components/shared/browser-storage.ts). */
export const LANGUAGE_KEY = "outside-in:language";

/** What a page does about its language when it opens. */
export type LanguageDecision = { kind: "stay" } | { kind: "go"; locale: Locale } | { kind: "offer"; locale: Locale };

type Situation = {
  /** What this browser stored when its reader chose a language; null or junk when none. */
  stored: string | null | undefined;
  /** The language of the page open now. */
  page: Locale;
  /** The languages this page exists in, its own among them (an untranslated article: English only). */
  available: readonly Locale[];
  /** navigator.languages, most preferred first: "de-DE", "en", … */
  preferred: readonly string[];
  /** The languages the site ships. */
  shipping: readonly Locale[];
};

const STAY: LanguageDecision = { kind: "stay" };

/** The site's language for a browser language tag: "de-AT" → de; null when the site has none. */
export function localeOfTag(tag: string): Locale | null {
  const code = tag.split("-")[0]?.toLowerCase();
  return isLocale(code) ? code : null;
}

/**
 * The one rule for a page's language, as a pure function so every case is a unit test:
 * - a choice this reader made is followed: a result link sent by a colleague in English opens
 *   in German for a reader who chose German (when the page exists in German);
 * - with no choice stored, a browser that prefers another shipping language is offered it, in
 *   one tap; the site never moves a reader who did not choose;
 * - a preview page (its language does not ship) stays put: it was opened on purpose.
 */
export function decideLanguage({ stored, page, available, preferred, shipping }: Situation): LanguageDecision {
  if (!shipping.includes(page)) return STAY;
  const offered = (l: Locale) => shipping.includes(l) && available.includes(l);
  if (isLocale(stored) && offered(stored)) return stored === page ? STAY : { kind: "go", locale: stored };
  if (isLocale(stored)) return STAY;
  for (const tag of preferred) {
    const locale = localeOfTag(tag);
    if (locale && shipping.includes(locale))
      return locale === page || !available.includes(locale) ? STAY : { kind: "offer", locale };
  }
  return STAY;
}
