import type { Catalogue } from "../questionnaire/catalogue";
import { nameKey } from "../shared/name-rule";
import { answersOnlyKey, resultKey } from "./result-key";
import type { PreviousResult, SharedResult } from "./result-schema";

/**
 * One identity for a result, so that one person is one leader however their links arrive. The
 * same answers, names and date are one leader, whatever targets ride along, and names typed
 * otherwise (case, accents typed apart, full-width letters, invisible characters) are the same
 * names. A copy without its date that otherwise matches one with a date is the same leader,
 * and the dated copy is the one counted, whichever was pasted first. A retake carries the
 * result it retook (lib/link/previous.ts): the two are one leader, counted as the retake gives
 * it, in whichever order they come, over a chain of retakes too. Two results whose dates differ
 * and neither carries the other are kept apart (the answers alone could be two people's), as
 * are two whose roles differ, or where one has a role and the other none.
 */

type Kept = { line: number; result: SharedResult; key: string; slot: number };

/** The results counted so far: by their answers, by the answers of the result each retook, and by slot. */
export type LeaderIndex = { byAnswers: Map<string, Kept[]>; byPrevious: Map<string, Kept[]>; slots: (Kept | null)[] };

export const newLeaderIndex = (): LeaderIndex => ({ byAnswers: new Map(), byPrevious: new Map(), slots: [] });

/** What to do with a result: count it in `slot` (a new one, or one it takes over), or not at all. */
export type Placement = {
  slot: number | null;
  /** Slots whose results it shows to be the same leader's, now empty. */
  emptied: number[];
  /** What to tell the facilitator, by line; about an earlier line, with the slot it was counted in. */
  notes: { line: number; why: LeaderNote; slot?: number }[];
};

/** What one copy of a leader's result has that the other lacks, or lacks that it has. */
export type Difference = "no-date" | "date-lacking" | "names" | "targets";

/**
 * Why a result is counted once with another line's, as data (the line it is counted with, and
 * how the two differ) that lib/team-input/reasons.ts words in a page's language.
 */
export type LeaderNote =
  | { code: "same-result"; line: number }
  | { code: "same-answers"; line: number; differences: Difference[] }
  | { code: "retook"; line: number };

/** Two dates that agree, or one missing: a link without its date can be the same leader's. */
const agree = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;
/** Names agree as the team view matches names: however they were typed (lib/shared/names.ts). */
const sameName = (a: string | undefined, b: string | undefined) =>
  (a === undefined ? a : nameKey(a)) === (b === undefined ? b : nameKey(b));
const sameLeader = (
  a: Pick<PreviousResult, "label" | "org" | "date">,
  b: Pick<PreviousResult, "label" | "org" | "date">,
) => agree(a.date, b.date) && sameName(a.label, b.label) && sameName(a.org, b.org);

const targetsOf = (r: SharedResult) =>
  JSON.stringify(Object.entries(r.targets ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));

/** What `result` lacks or adds, said of `other`, the copy on the line the note names. */
function differences(result: SharedResult, other: SharedResult): Difference[] {
  const parts: Difference[] = [];
  if (other.date && !result.date) parts.push("no-date");
  if (!other.date && result.date) parts.push("date-lacking");
  if (other.label !== result.label || other.org !== result.org) parts.push("names");
  if (targetsOf(other) !== targetsOf(result)) parts.push("targets");
  return parts;
}

const sameResultAs = (line: number): LeaderNote => ({ code: "same-result", line });
const sameAnswers = (line: number, differences: Difference[]): LeaderNote => ({
  code: "same-answers",
  line,
  differences,
});
const retook = (line: number): LeaderNote => ({ code: "retook", line });

const live = (list: Kept[] | undefined, index: LeaderIndex) => (list ?? []).filter((k) => index.slots[k.slot] === k);
const push = (map: Map<string, Kept[]>, key: string, kept: Kept) => map.set(key, [...(map.get(key) ?? []), kept]);
const previousKey = (previous: PreviousResult, catalogue: Catalogue) =>
  answersOnlyKey({ assessments: previous.assessments }, catalogue);

/** The kept result whose retake `kept` is, or the leader `result` retook, by the answers it carries. */
function retakeOf(index: LeaderIndex, result: SharedResult, answers: string): Kept | undefined {
  // Kept through its slot: a retake taken over by a later one still names the leader.
  for (const entry of index.byPrevious.get(answers) ?? []) {
    const holder = index.slots[entry.slot];
    if (holder && entry.result.previous && sameLeader(entry.result.previous, result)) return holder;
  }
  return undefined;
}

/**
 * Places `result`, read on `line`, among the results counted so far (and remembers it there),
 * and says what to tell about which line. The first link read of a leader keeps its place.
 */
export function placeResult(index: LeaderIndex, result: SharedResult, line: number, catalogue: Catalogue): Placement {
  const answers = answersOnlyKey(result, catalogue);
  const key = resultKey(result, catalogue, answers);
  const kept = live(index.byAnswers.get(answers), index);
  const keep = (slot: number, emptied: number[], notes: Placement["notes"]): Placement => {
    const entry: Kept = { line, result, key, slot };
    index.slots[slot] = entry;
    for (const s of emptied) index.slots[s] = null;
    push(index.byAnswers, answers, entry);
    if (result.previous) push(index.byPrevious, previousKey(result.previous, catalogue), entry);
    return { slot, emptied, notes };
  };
  // A result not counted stands for the leader of `slot`: what it retook is that leader's too.
  const merged = (slot: number, notes: Placement["notes"], emptied: number[] = []): Placement => {
    if (result.previous) push(index.byPrevious, previousKey(result.previous, catalogue), { line, result, key, slot });
    return { slot: null, emptied, notes };
  };
  const exact = kept.find((k) => k.key === key);
  if (exact) return merged(exact.slot, [{ line, why: sameResultAs(exact.line) }]);
  const same = kept.find((k) => sameLeader(k.result, result));
  if (same && !same.result.date && result.date)
    return keep(
      same.slot,
      [],
      [{ line: same.line, slot: same.slot, why: sameAnswers(line, differences(same.result, result)) }],
    );
  if (same) return merged(same.slot, [{ line, why: sameAnswers(same.line, differences(result, same.result)) }]);
  // A result a counted retake carries: the retake stands for the leader, and so does anything
  // this result retook in turn.
  const later = retakeOf(index, result, answers);
  const earlier = result.previous ? findEarlier(index, result.previous, catalogue) : undefined;
  if (later) {
    const notes: Placement["notes"] = [{ line, why: retook(later.line) }];
    if (earlier && earlier !== later) {
      index.slots[earlier.slot] = null;
      notes.push({ line: earlier.line, slot: earlier.slot, why: retook(later.line) });
    }
    return merged(later.slot, notes, earlier && earlier !== later ? [earlier.slot] : []);
  }
  // A retake of a counted result takes its place.
  if (earlier) return keep(earlier.slot, [], [{ line: earlier.line, slot: earlier.slot, why: retook(line) }]);
  return keep(index.slots.length, [], []);
}

/** The counted result that `previous`, carried by a retake, is. */
function findEarlier(index: LeaderIndex, previous: PreviousResult, catalogue: Catalogue): Kept | undefined {
  return live(index.byAnswers.get(previousKey(previous, catalogue)), index).find((k) => sameLeader(k.result, previous));
}
