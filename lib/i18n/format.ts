import { formatDate as formatEnglishDate } from "../shared/dates";
import { formatCount as formatEnglishCount } from "../shared/numbers";
import { once } from "../shared/once";
import type { Locale } from "./locales";

/**
 * Numbers, dates, lists and plurals in a page's language: "2,75 von 6", "6. Dezember 2026".
 * English keeps the site's hand-written forms (no Intl formatter is built for a count or a UTC
 * day on an English page: docs/decisions/0009-intl-on-first-use.md); every other language goes
 * through Intl, each formatter built on first use.
 */
const TAGS: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR", es: "es-ES" };

/** The BCP 47 tag of a language as the site writes it: for Intl, `<html lang>` and hreflang. */
export const languageTag = (locale: Locale) => TAGS[locale];

/** One formatter a language, built the first time that language asks for it. */
const cache = <T>(make: (locale: Locale) => T) => {
  const made = new Map<Locale, () => T>();
  return (locale: Locale) => {
    const get = made.get(locale) ?? once(() => make(locale));
    made.set(locale, get);
    return get();
  };
};

const numbers = cache((l) => new Intl.NumberFormat(TAGS[l], { maximumFractionDigits: 2 }));
const counts = cache((l) => new Intl.NumberFormat(TAGS[l], { maximumFractionDigits: 0 }));
const dates = cache(
  (l) => new Intl.DateTimeFormat(TAGS[l], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
);
const lists = cache((l) => new Intl.ListFormat(TAGS[l], { style: "long", type: "conjunction" }));
const plurals = cache((l) => new Intl.PluralRules(TAGS[l]));
const languageNames = cache((l) =>
  typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames([TAGS[l]], { type: "language" }) : null,
);

/**
 * A language's name in a page's language ("Französisch" on a German page), from the runtime's
 * own names: no list of names ships. The code stands in where a browser has none.
 */
export function languageNameIn(locale: Locale, language: Locale): string {
  return languageNames(locale)?.of(language) ?? language;
}

/** A whole number: "12,345", "12.345", "12 345". */
export function formatCountIn(locale: Locale, n: number): string {
  return locale === "en" ? formatEnglishCount(n) : counts(locale).format(n);
}

/** A figure to two decimals at most: "2.75", "2,75". */
export function formatNumberIn(locale: Locale, n: number): string {
  return numbers(locale).format(n);
}

/** A day given as YYYY-MM-DD: "6 December 2026", "6. Dezember 2026", "6 décembre 2026". */
export function formatDateIn(locale: Locale, isoDate: string): string {
  if (locale === "en") return formatEnglishDate(isoDate);
  const day = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? isoDate : dates(locale).format(day);
}

/** "A, B and C", "A, B und C", "A, B et C". */
export function formatListIn(locale: Locale, items: readonly string[]): string {
  return lists(locale).format(items);
}

/**
 * A message's forms by plural category. `other` is required; a language uses the categories
 * its rules have (English one/other; French one/many/other; …), and a missing one falls back
 * to `other`.
 */
export type Plural = {
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};

/** The form of a plural message that fits `n` in a language. */
export function pluralIn(locale: Locale, n: number, forms: Plural): string {
  const category = plurals(locale).select(n);
  return (category !== "zero" && forms[category]) || forms.other;
}

const PLACEHOLDER = /\{([a-zA-Z]\w*)\}/g;

/**
 * Fills a message's `{name}` placeholders. A value missing from `values` is a programming
 * error, and throws naming it, rather than showing "{name}" to a leader.
 */
export function fill(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(PLACEHOLDER, (_all, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`message needs a value for {${name}}: "${message}"`);
    return String(value);
  });
}
