import * as z from "../zod-mini";
import { answersKey } from "../link/answers-codec";
import { cleanNote, type Notes } from "../link/notes";
import type { SharedResult } from "../link/result-schema";
import type { Answers } from "../questionnaire/answers";
import { findVersion, type Catalogue } from "../questionnaire/catalogue";
import { IdSchema } from "../questionnaire/ids";
import type { Questionnaire } from "../questionnaire/schema";
import type { SaveOutcome, Store } from "./store";

/**
 * Notes a leader kept in this browser only: they never went into a link, so the report finds
 * them here by the answers they were written for. One entry per finished run, newest first.
 */
export const NOTES_KEY = "outside-in:notes";
/** Enough for every result a leader keeps in the history list, and small beside storage's quota. */
export const MAX_KEPT = 40;

const EntrySchema = z.object({
  questionnaireId: IdSchema,
  version: z.int().check(z.positive()),
  /** answersKey of the answers the notes were written for. */
  answers: z.string(),
  notes: z.record(IdSchema, z.string()),
});
const KeptSchema = z.object({ format: z.literal(1), entries: z.array(EntrySchema) });
type Entry = z.infer<typeof EntrySchema>;

export type KeptNotes = { notes: Notes; problem: string | null };

function readEntries(text: string | null | undefined): { entries: Entry[]; problem: string | null } {
  if (!text) return { entries: [], problem: null };
  try {
    const parsed = KeptSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { entries: parsed.data.entries, problem: null };
  } catch {
    // Read as unreadable below.
  }
  return { entries: [], problem: "The notes kept in this browser could not be read; the answers are not affected." };
}

/** Keeps a run's notes for its answers; an empty set of notes keeps nothing. */
export function keepNotes(
  store: Store,
  questionnaire: Questionnaire,
  answers: Answers,
  notes: Record<string, string>,
): SaveOutcome {
  const clean = Object.entries(notes).flatMap(([id, text]) => {
    const note = cleanNote(text);
    return note ? [[id, note] as const] : [];
  });
  if (clean.length === 0) return { ok: true };
  const entry: Entry = {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    answers: answersKey(questionnaire, answers),
    notes: Object.fromEntries(clean),
  };
  const same = (e: Entry) =>
    e.questionnaireId === entry.questionnaireId && e.version === entry.version && e.answers === entry.answers;
  // Unreadable notes are replaced: they could never be shown again anyway.
  const { entries } = readEntries(store.read(NOTES_KEY));
  const kept = [entry, ...entries.filter((e) => !same(e))].slice(0, MAX_KEPT);
  return store.write(NOTES_KEY, JSON.stringify({ format: 1, entries: kept }));
}

/** The notes this browser keeps for a result's answers, by questionnaire id then question id. */
export function keptNotesFor(store: Store, result: SharedResult, catalogue: Catalogue): KeptNotes {
  const { entries, problem } = readEntries(store.read(NOTES_KEY));
  const notes: Notes = {};
  for (const a of result.assessments) {
    const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
    if (!questionnaire) continue;
    const key = answersKey(questionnaire, a.answers);
    const found = entries.find(
      (e) => e.questionnaireId === a.questionnaireId && e.version === a.version && e.answers === key,
    );
    if (found) notes[a.questionnaireId] = found.notes;
  }
  return { notes, problem };
}
