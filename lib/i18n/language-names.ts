import type { Locale } from "./locales";

/** A language other than the original English: the ones translated. */
export type TranslatedLocale = Exclude<Locale, "en">;

/** Each language's name in English, for messages to authors and translators. */
const ENGLISH_NAMES: Record<Locale, string> = { en: "English", de: "German", fr: "French", es: "Spanish" };

export const languageName = (locale: Locale) => ENGLISH_NAMES[locale];
