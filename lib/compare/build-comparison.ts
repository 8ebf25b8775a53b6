import type { PreviousResult, SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { formatDate } from "../shared/dates";
import { compareResults } from "./compare";
import { comparisonViews, type ComparisonView } from "./comparison-view";
import { nameKey } from "../shared/name-rule";
import { answersOnlyKey } from "../link/result-key";
import { carriedTargets } from "../results/targets";

type Side = Pick<PreviousResult, "label" | "org" | "date">;

/** "Earlier: Head of service · Acme · 14 October 2025", from whatever a link carries. */
export type SideView = { name: string; who: string[]; when: string };

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
const described = (s: Side) => who(s).join(" · ") || "no name in the link";

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
): CompareModel {
  const reversed = first.date !== undefined && second.date !== undefined && first.date > second.date;
  const [before, after] = reversed ? [second, first] : [first, second];
  const notices: string[] = [];
  if (reversed && first.date && second.date) {
    notices.push(
      `The result given as earlier is dated ${formatDate(first.date)}, after the later one (${formatDate(second.date)}), so the two are shown in date order: ${formatDate(second.date)} first.`,
    );
  }
  if (differ(before.label, after.label) || differ(before.org, after.org)) {
    notices.push(
      `These look like two different leaders: the earlier result is from ${described(before)}, the later from ${described(after)}. They are compared below all the same; read a change as a difference between two people, not as progress.`,
    );
  }
  const sameAnswers = answersOnlyKey(before, catalogue) === answersOnlyKey(after, catalogue);
  if (sameAnswers && before.date === after.date) {
    const from = before.date ? `, from ${formatDate(before.date)}` : "";
    notices.push(
      `Both links hold the same result (the same answers${from}), so nothing can have changed between them. To see what moved, paste an earlier result and a later one.`,
    );
  }
  for (const [name, s] of [
    ["earlier", before],
    ["later", after],
  ] as const) {
    if (s.date && s.date > today)
      notices.push(
        `The ${name} result is dated ${formatDate(s.date)}, after today (${formatDate(today)}): its date was changed by hand, or this device's clock is wrong. Read the order of the two with care.`,
      );
  }
  const side = (name: string, s: Side): SideView => ({
    name,
    who: who(s),
    when: s.date ? formatDate(s.date) : "no date in the link",
  });
  const change = compareResults(before, after, catalogue, carriedTargets(before, catalogue));
  return {
    earlier: side("Earlier", before),
    later: side("Later", after),
    notices,
    comparisons: comparisonViews(change, {
      before: "Earlier",
      after: "Later",
      targets: "The targets the earlier result set, each held against the later stage:",
    }),
    unmatched: change.unmatched,
  };
}
