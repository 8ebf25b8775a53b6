import { findVersion, type Catalogue } from "../questionnaire/catalogue";
import { nameKey } from "../shared/name-rule";
import { answersKey } from "./answers-codec";
import type { SharedResult } from "./result-schema";

/**
 * A key that two results share exactly when they hold the same assessments (in any order) and
 * answers, however their links were spelled. A team view tells thousands of pasted links apart
 * with it: writing each link afresh to compare them cost a third of the time of reading them.
 */
export function answersOnlyKey(result: SharedResult, catalogue: Catalogue): string {
  const assessments = [...result.assessments]
    .sort((a, b) => (a.questionnaireId < b.questionnaireId ? -1 : 1))
    .map((a) => {
      const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
      return [a.questionnaireId, a.version, questionnaire ? answersKey(questionnaire, a.answers) : ""];
    });
  return JSON.stringify(assessments);
}

/** A key two results share exactly when everything in them is the same: answers, names, date and targets. */
export function resultKey(
  result: SharedResult,
  catalogue: Catalogue,
  answers = answersOnlyKey(result, catalogue),
): string {
  const targets = Object.entries(result.targets ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([answers, result.label ?? null, result.org ?? null, result.date ?? null, targets]);
}

type Seen = { line: number; result: SharedResult; key: string };

/** The results read so far, by their answers, with the line each came from. */
export type ResultIndex = Map<string, Seen[]>;

/** Two dates that agree, or one missing: a link without its date can be the same leader's. */
const agree = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;
/** Names agree as the team view matches names: however they were typed (lib/shared/name-rule.ts). */
const sameName = (a: string | undefined, b: string | undefined) =>
  (a === undefined ? a : nameKey(a)) === (b === undefined ? b : nameKey(b));

/** What the later result lacks or adds, said of the earlier one's line. */
function differences(later: SharedResult, earlier: Seen): string[] {
  const line = earlier.line;
  const parts: string[] = [];
  const was = earlier.result;
  if (was.date && !later.date) parts.push("no date");
  if (!was.date && later.date) parts.push(`a date line ${line} lacks`);
  if (was.label !== later.label || was.org !== later.org) parts.push("its names typed otherwise");
  const targets = (r: SharedResult) =>
    JSON.stringify(Object.entries(r.targets ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (targets(was) !== targets(later)) parts.push("other targets");
  return parts;
}

/**
 * One identity for a result: the same answers, names and date are one leader, whatever targets
 * ride along, and names typed otherwise (case, accents typed apart, full-width letters) are the
 * same names. A result without its date that otherwise matches one with a date is the same
 * leader too (a link from a page or tool that dropped it). Two results whose dates differ are
 * kept apart (a retake on another day), and so are two whose roles differ, or where one has a
 * role and the other none: the answers alone could be two people's. The first link read is kept.
 *
 * Remembers `result` under `line` and returns nothing when no earlier result is the same
 * leader's; otherwise returns what to tell the facilitator about this line.
 */
export function sameLeaderAs(
  index: ResultIndex,
  result: SharedResult,
  line: number,
  catalogue: Catalogue,
): string | null {
  const answers = answersOnlyKey(result, catalogue);
  const key = resultKey(result, catalogue, answers);
  const earlier = index.get(answers) ?? [];
  const exact = earlier.find((e) => e.key === key);
  if (exact) return `Same result as line ${exact.line}: counted once.`;
  const same = earlier.find(
    (e) =>
      agree(e.result.date, result.date) && sameName(e.result.label, result.label) && sameName(e.result.org, result.org),
  );
  if (same) {
    const parts = differences(result, same);
    return `Same answers as line ${same.line}, with ${parts.join(" and ")}: counted once, as line ${same.line} gives it.`;
  }
  index.set(answers, [...earlier, { line, result, key }]);
  return null;
}
