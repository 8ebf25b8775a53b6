import { unpackNotes, type Notes } from "../link/notes";
import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { keptNotesFor } from "./kept-notes";
import type { Store } from "./store";

/** A result's notes as its report shows them, and what could not be read, said once. */
export type ResultNotes = {
  notes: Notes;
  /** The earlier result's notes, for what moved since then. */
  earlier: Notes;
  /** True when the link itself carries notes: anyone with it can read them. */
  inLink: boolean;
  problems: string[];
};

export const NO_NOTES: ResultNotes = { notes: {}, earlier: {}, inLink: false, problems: [] };

/**
 * The notes for a result: those its link carries, and for any assessment without them, those
 * this browser kept for the same answers (see kept-notes.ts). Notes that cannot be read are
 * said to be so; the answers are never affected.
 */
export async function resultNotes(result: SharedResult, catalogue: Catalogue, store: Store): Promise<ResultNotes> {
  const problems: string[] = [];
  const unpack = async (packed: string | undefined): Promise<Notes> => {
    if (!packed) return {};
    const read = await unpackNotes(packed);
    if (read.ok) return read.notes;
    problems.push(read.reason);
    return {};
  };
  const fromLink = await unpack(result.notes);
  const kept = keptNotesFor(store, result, catalogue);
  if (kept.problem) problems.push(kept.problem);
  const earlier = result.previous
    ? { ...keptNotesFor(store, result.previous, catalogue).notes, ...(await unpack(result.previous.notes)) }
    : {};
  return {
    notes: { ...kept.notes, ...fromLink },
    earlier,
    inLink: Object.keys(fromLink).length > 0,
    problems: [...new Set(problems)],
  };
}
