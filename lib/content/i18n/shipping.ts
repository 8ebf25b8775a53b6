import { SHIPPING_LOCALES, type Locale } from "../../i18n/locales";
import { contentDir } from "../paths";
import { assertLanguageComplete } from "./language-completeness";

/**
 * The languages to build pages for, each checked complete first: a route under /<lang>/ takes its
 * languages from here, so a language listed in SHIPPING_LOCALES whose translation misses, adds or
 * reshapes an item fails the build naming file, language and id instead of shipping.
 */
export function shippingLocales(
  root: string = contentDir(),
  locales: readonly Locale[] = SHIPPING_LOCALES,
): readonly Locale[] {
  for (const locale of locales) if (locale !== "en") assertLanguageComplete(locale, root);
  return locales;
}
