import type { EstimateMessages } from "../i18n/messages/en/estimate";
import { fill, formatCountIn, pluralIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { READING_WORDS_PER_MINUTE } from "./timing";

/** "12 minutes", "12 Minuten": a count of minutes in a page's language. */
export function minutesIn(locale: Locale, m: EstimateMessages, minutes: number): string {
  return fill(pluralIn(locale, minutes, m.minutes), { n: formatCountIn(locale, minutes) });
}

/**
 * estimateText (timing.ts) in a page's language: "about 26 minutes, reading carefully at 130
 * words a minute", or with `inAll` the time of several questionnaires together.
 */
export function estimateTextIn(locale: Locale, m: EstimateMessages, minutes: number, inAll = false): string {
  return fill(inAll ? m.aboutInAll : m.about, {
    minutes: minutesIn(locale, m, minutes),
    pace: formatCountIn(locale, READING_WORDS_PER_MINUTE),
  });
}
