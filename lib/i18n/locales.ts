/**
 * The languages the site speaks. English is the original and stays at the site's root, so every
 * address shared before there were languages keeps working; the others live under /de/, /fr/
 * and /es/. A result link records the language its answers were given in (`l=`), English when
 * it records none.
 */
export const LOCALES = ["en", "de", "fr", "es"] as const;

export type Locale = (typeof LOCALES)[number];

/** The original, and what a link that records no language was answered in. */
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The languages the site builds pages for. A language joins this list only once its translation
 * is complete: every content file translated and matching the English item by item
 * (lib/content/i18n/language-completeness.ts). The build's `shippingLocales()` and a test check
 * every language listed here, so an incomplete one fails them rather than shipping half in
 * English. A link may still record any of LOCALES: it is read in the language the reader chose.
 */
export const SHIPPING_LOCALES: readonly Locale[] = ["en", "de", "fr", "es"];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && LOCALES.some((l) => l === value);
}
