import type { PreviousResult, SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { fill, formatDateIn, languageNameIn } from "../i18n/format";
import type { CompareMessages } from "../i18n/messages/en/compare";
import type { LinkMessages } from "../i18n/messages/en/link";
import type { Words } from "../report/words";
import { compareResults } from "./compare";
import { comparisonViews, type ComparisonView } from "./comparison-view";
import { nameKey } from "../shared/name-rule";
import { answersOnlyKey } from "../link/result-key";
import { carriedTargets } from "../results/targets";

type Side = Pick<PreviousResult, "label" | "org" | "date" | "language">;

/** "Earlier: Head of service · Acme · 14 October 2025", from whatever a link carries. */
/** `language`: the language its answers were given in, named only when the two sides or the page differ in it. */
export type SideView = { name: string; who: string[]; when: string; language?: string };

export type CompareModel = {
  earlier: SideView;
  later: SideView;
  /** Said at the top, before any figure: reversed dates, two different leaders. */
  notices: string[];
  comparisons: ComparisonView[];
  unmatched: string[];
};

/** Names compared by the one rule for names (lib/shared/name-rule.ts): case, width and invisibles aside. */
const differ = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && nameKey(a) !== nameKey(b);
const who = (s: Side) => [s.label, s.org].filter((p) => p !== undefined);

/** What compare is built in: the page's language, with compare's own words beside `results`. */
export type CompareWords = Words & { messages: { compare: CompareMessages; link: LinkMessages } };

/**
 * Compare as a leader expects it: the earlier result first by its date, whichever box it was
 * pasted in, and a plain word at the top when the two look like different people, are the same
 * result twice, or carry a date after `today` (YYYY-MM-DD). Both are still compared: a
 * consultant may compare two leaders on purpose.
 */
export function buildComparison(
  first: SharedResult,
  second: SharedResult,
  catalogue: Catalogue,
  today: string,
  w: CompareWords,
): CompareModel {
  const m = w.messages.compare;
  const formatDate = (day: string) => formatDateIn(w.locale, day);
  const described = (s: Side) => who(s).join(" · ") || m.noName;
  const reversed = first.date !== undefined && second.date !== undefined && first.date > second.date;
  const [before, after] = reversed ? [second, first] : [first, second];
  const notices: string[] = [];
  if (reversed && first.date && second.date) {
    notices.push(fill(m.reversed, { first: formatDate(first.date), second: formatDate(second.date) }));
  }
  if (differ(before.label, after.label) || differ(before.org, after.org)) {
    notices.push(fill(m.twoLeaders, { before: described(before), after: described(after) }));
  }
  const sameAnswers = answersOnlyKey(before, catalogue) === answersOnlyKey(after, catalogue);
  if (sameAnswers && before.date === after.date) {
    notices.push(before.date ? fill(m.sameDated, { date: formatDate(before.date) }) : m.same);
  }
  for (const [name, s] of [
    ["earlier", before],
    ["later", after],
  ] as const) {
    if (s.date && s.date > today)
      notices.push(fill(m.future[name], { date: formatDate(s.date), today: formatDate(today) }));
  }
  // A link records the language its answers were given in (English when it records none); it is
  // said when it is not simply the page's language on both sides.
  const languageOf = (s: Side) => s.language ?? DEFAULT_LOCALE;
  const sayLanguage = languageOf(before) !== languageOf(after) || languageOf(before) !== w.locale;
  const side = (name: string, s: Side): SideView => ({
    name,
    who: who(s),
    when: s.date ? formatDate(s.date) : m.noDate,
    ...(sayLanguage && { language: fill(m.answeredIn, { language: languageNameIn(w.locale, languageOf(s)) }) }),
  });
  const change = compareResults(before, after, catalogue, w, carriedTargets(before, catalogue));
  return {
    earlier: side(m.earlier, before),
    later: side(m.later, after),
    notices,
    comparisons: comparisonViews(
      change,
      { before: m.earlier, after: m.later, afterInSentence: m.laterInSentence, targets: m.targets },
      w,
    ),
    unmatched: change.unmatched,
  };
}
