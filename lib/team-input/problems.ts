import type { LineProblem } from "../team/types";
import { fill, formatCountIn, pluralIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { TeamInputMessages } from "../i18n/messages/en/team-input";

/**
 * A junk file can fail on every one of thousands of lines. Fifty show what went wrong; past
 * that a list only buries the report, so the rest are counted instead.
 */
export const MAX_LISTED_PROBLEMS = 50;

/** The problems to list, and how many more there are. */
export function listProblems(
  problems: readonly LineProblem[],
  max = MAX_LISTED_PROBLEMS,
): { listed: LineProblem[]; more: number } {
  return { listed: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}

/** The line closing a cut list. */
export function moreProblemsMessage(more: number, locale: Locale, words: TeamInputMessages): string {
  return fill(pluralIn(locale, more, words.moreProblems), { n: formatCountIn(locale, more) });
}
