import { LOCALES, SHIPPING_LOCALES, isLocale, type Locale } from "../../i18n/locales";
import type { TranslatedLocale } from "../../i18n/language-names";
import { cachedInBuild } from "../build-cache";
import { shippingLocales } from "./shipping";

/**
 * Every translated language gets its pages under /<lang>/, shipping or not: a language not yet
 * shipping is a preview (built, marked noindex, left out of the sitemap, hreflang and the
 * language switch), so translators and reviewers can read it in place.
 */
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = LOCALES.filter((l): l is TranslatedLocale => l !== "en");

/**
 * SHIP_LOCALES=de,fr adds languages to SHIPPING_LOCALES for one build, to try a new language as
 * it would ship; each is checked complete like a listed one. A name that is no
 * language fails the build rather than being ignored.
 */
export function shipLocalesFromEnv(value: string | undefined): Locale[] {
  const names = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = names.filter((n) => !isLocale(n));
  if (wrong.length > 0) throw new Error(`SHIP_LOCALES: ${wrong.join(", ")} is not one of ${LOCALES.join(", ")}`);
  return names.filter(isLocale);
}

/** The languages this build ships: SHIPPING_LOCALES plus SHIP_LOCALES, each checked complete. */
export const buildShipping = cachedInBuild(function buildShipping(): readonly Locale[] {
  const extra = shipLocalesFromEnv(process.env.SHIP_LOCALES);
  return shippingLocales(undefined, [...new Set([...SHIPPING_LOCALES, ...extra])]);
});

/** A built language that does not ship: its pages say so and ask not to be indexed. */
export const isPreview = (locale: Locale) => !buildShipping().includes(locale);
