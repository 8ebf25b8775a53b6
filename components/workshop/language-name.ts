import { useCallback } from "react";
import { languageNameIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** A language's name in the page's language ("Französisch" on a German page): see languageNameIn. */
export function useLanguageName(locale: Locale): (language: Locale) => string {
  return useCallback((language: Locale) => languageNameIn(locale, language), [locale]);
}
