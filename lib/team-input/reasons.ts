import { fill, formatCountIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { LinkMessages } from "../i18n/messages/en/link";
import { linkErrorText } from "../link/errors";
import type { Difference } from "../link/same-leader";
import type { LineReason } from "../team/types";

const DIFFERENCE_WORDS = {
  "no-date": "noDate",
  "date-lacking": "dateLacking",
  names: "names",
  targets: "targets",
} as const satisfies Record<Difference, keyof LinkMessages["lines"]>;

/** "no date and other targets": joined pairwise, as the English has always read. */
function differencesText(differences: readonly Difference[], line: number, m: LinkMessages["lines"]): string {
  const words = differences.map((d) => fill(m[DIFFERENCE_WORDS[d]], { line }));
  return words.length === 0 ? "" : words.reduce((a, b) => fill(m.and, { a, b }));
}

/** A line's reason in a page's language. Line numbers stay as typed: they name lines, not amounts. */
export function lineReasonText(reason: LineReason, locale: Locale, m: LinkMessages): string {
  const words = m.lines;
  switch (reason.code) {
    case "no-link":
      return words.noLink;
    case "too-many-in-line":
      return fill(words.tooMany, { max: formatCountIn(locale, reason.max) });
    case "only-the-first":
      return fill(words.onlyTheFirst, { limit: formatCountIn(locale, reason.limit) });
    case "link":
      return linkErrorText(reason.error, m);
    case "same-result":
      return fill(words.sameResult, { line: reason.line });
    case "same-answers":
      return fill(words.sameAnswers, {
        line: reason.line,
        differences: differencesText(reason.differences, reason.line, words),
      });
    case "retook":
      return fill(words.retook, { line: reason.line });
  }
}

/** A line not counted, with its reason as data: each page words it (lineReasonText), tests in English. */
export const lineProblem = (line: number, text: string, why: LineReason) => ({ line, text, why });
