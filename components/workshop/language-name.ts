import { useMemo } from "react";
import { languageTag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A language's name in the page's language ("Französisch" on a German page), from the browser's
 * own names (Intl.DisplayNames): no list of names ships with the page. The code stands in where
 * a browser has no names.
 */
export function useLanguageName(locale: Locale): (language: Locale) => string {
  return useMemo(() => {
    const names =
      typeof Intl.DisplayNames === "function"
        ? new Intl.DisplayNames([languageTag(locale)], { type: "language" })
        : null;
    return (language: Locale) => names?.of(language) ?? language;
  }, [locale]);
}
