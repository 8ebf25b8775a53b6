import type { Locale } from "../i18n/locales";
import type { ResultsMessages } from "../i18n/messages/en/results";
import { fill, formatCountIn, pluralIn, type Plural } from "../i18n/format";

/**
 * The language a report's sentences are built in: its locale, for figures and plurals, and the
 * `results` messages (docs/decisions/0018-messages-typed-from-english.md). A report's content
 * carries them (lib/report/content.ts), and compare is given them as props, so every claim
 * reads in the page's language by the same rule.
 */
export type Words = { locale: Locale; messages: { results: ResultsMessages } };

/** A plural message in its language's form for `n`, with `n` filled in as {n}. */
export function fillCount(
  w: Pick<Words, "locale">,
  forms: Plural,
  n: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(pluralIn(w.locale, n, forms), { n: formatCountIn(w.locale, n), ...values });
}
