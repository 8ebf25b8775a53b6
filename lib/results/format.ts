import { formatNumberIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";

/**
 * A stage score with up to two decimals and no trailing zeros (3.5, 3.25, 3.33). Two decimals
 * keep the rounding rule visible: 3.5 rounds down to stage 3, while 3.54 rounds up to 4.
 */
export function formatStageScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A stage score in a language: "3.25" in English, "3,25" in German, French and Spanish. */
export function formatStageScoreIn(locale: Locale, value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return locale === "en" ? String(rounded) : formatNumberIn(locale, rounded);
}
