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

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && LOCALES.some((l) => l === value);
}
