import { formatSavedDay, formatTimestamp } from "../shared/dates";
import { languageTag } from "./format";
import type { Locale } from "./locales";

const made = new Map<Locale, Intl.DateTimeFormat>();
const days = new Map<Locale, Intl.DateTimeFormat>();

/**
 * formatTimestamp (lib/shared/dates.ts) in a page's language: when something was saved in this
 * browser, in its own time zone ("22 Nov 2026, 14:05", "22.11.2026, 14:05"), or null for text
 * that names no moment. English keeps its own formatter; another language's is built on first use.
 */
export function formatTimestampIn(locale: Locale, timestamp: string): string | null {
  const english = formatTimestamp(timestamp);
  if (locale === "en" || english === null) return english;
  const format =
    made.get(locale) ?? new Intl.DateTimeFormat(languageTag(locale), { dateStyle: "medium", timeStyle: "short" });
  made.set(locale, format);
  return format.format(new Date(timestamp));
}

/**
 * formatSavedDay in a page's language: the day something was saved in this browser ("22 Nov
 * 2026", "22.11.2026", "22 nov. 2026"), or null. English keeps its own formatter.
 */
export function formatSavedDayIn(locale: Locale, timestamp: string): string | null {
  const english = formatSavedDay(timestamp);
  if (locale === "en" || english === null) return english;
  const format = days.get(locale) ?? new Intl.DateTimeFormat(languageTag(locale), { dateStyle: "medium" });
  days.set(locale, format);
  return format.format(new Date(timestamp));
}
