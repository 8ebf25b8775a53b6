import { furthest, type LinkError } from "../link/errors";
import { decodeFragment, isSealed } from "../link/fragment";
import { newLeaderIndex, placeResult, type LeaderIndex } from "../link/same-leader";
import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { evaluate } from "../results/evaluate";
import type { Respondent } from "../team/people";
import type { LineProblem } from "../team/types";
import { lineProblem } from "./reasons";

/** Counting the links a team box reads, one at a time: who is counted where, and what is said of which line. */

export type Tally = {
  catalogue: Catalogue;
  limit: number;
  /**
   * The results counted, by slot, with the line as quoted: a slot empties when a later link
   * shows it to be the same leader's.
   */
  slots: ({ respondent: Respondent; text: string } | null)[];
  counted: number;
  problems: LineProblem[];
  mail: number[];
  /** The results counted so far, by their answers (lib/link/same-leader.ts). */
  seen: LeaderIndex;
};

/** How a link failed: `sealed` when its seal held, so the failure is the link's own, as written. */
export type Failure = { error: LinkError; reading: string; sealed?: boolean };

/** Of two failures, one whose seal held, else the one the decoder got further with; the first on a tie. */
export const likelier = (a: Failure | null, b: Failure): Failure =>
  !a ? b : a.sealed !== b.sealed ? (a.sealed ? a : b) : furthest(a, b);

/** What reading one link came to: the reading that decoded (counted or a repeat), or how it failed. */
export type LinkRead = { read: string } | { failed: Failure } | null;

/** The result with its assessments in the catalogue's order, so the order in a link does not matter. */
function inCatalogueOrder(result: SharedResult, catalogue: Catalogue): SharedResult {
  const rank = (id: string) => catalogue.findIndex((q) => q.id === id);
  const sorted = [...result.assessments].sort((a, b) => rank(a.questionnaireId) - rank(b.questionnaireId));
  return sorted.every((a, i) => a === result.assessments[i]) ? result : { ...result, assessments: sorted };
}

/**
 * Reads one link (tried in each of its readings) and counts it, or reports it as a duplicate or
 * over the limit. Returns the reading that decoded, or how the best reading failed when none did.
 */
export function readLink(readings: readonly string[], line: number, text: string, tally: Tally): LinkRead {
  if (tally.counted >= tally.limit) {
    tally.problems.push(lineProblem(line, text, { code: "only-the-first", limit: tally.limit }));
    return null;
  }
  let best: Failure | null = null;
  for (const reading of readings) {
    const decoded = decodeFragment(reading, tally.catalogue);
    if (!decoded.ok) {
      // A reading whose seal held is the link as written: no other reading of it is truer.
      if (isSealed(reading)) return { failed: { error: decoded.error, reading, sealed: true } };
      best = likelier(best, { error: decoded.error, reading });
      continue;
    }
    const result = inCatalogueOrder(decoded.value, tally.catalogue);
    // Keyed on the decoded value: respellings of one result (parameter order, "+" or "%20", a
    // trailing "&", percent-encoding) all have the same key; one leader's result with targets
    // added or its date left out is the same leader (lib/link/result-key.ts).
    const placed = placeResult(tally.seen, result, line, tally.catalogue);
    for (const note of placed.notes) {
      // A note about an earlier line quotes that line, not this one.
      const quoted = note.slot === undefined ? text : (tally.slots[note.slot]?.text ?? text);
      tally.problems.push(lineProblem(note.line, quoted, note.why));
    }
    for (const slot of placed.emptied) {
      if (tally.slots[slot]) tally.counted -= 1;
      tally.slots[slot] = null;
    }
    if (placed.slot !== null) {
      if (!tally.slots[placed.slot]) tally.counted += 1;
      const scores = evaluate(result, tally.catalogue).map((e) => e.score);
      tally.slots[placed.slot] = { respondent: { line, result, scores }, text };
    }
    return { read: reading };
  }
  return best && { failed: best };
}

/** A tally with nothing counted yet. */
export const newTally = (catalogue: Catalogue, limit: number): Tally => ({
  catalogue,
  limit,
  slots: [],
  counted: 0,
  problems: [],
  mail: [],
  seen: newLeaderIndex(),
});
