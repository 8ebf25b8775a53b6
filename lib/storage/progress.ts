import * as z from "../zod-mini";
import { AnswersSchema, sanitiseAnswers, type Answers } from "../questionnaire/answers";
import { IdSchema } from "../questionnaire/ids";
import type { Questionnaire } from "../questionnaire/schema";
import { cleanNote } from "../link/notes";
import { ENGLISH_REASONS, progressProblemText, type ProgressProblem } from "./progress-problem";
import { progressKey } from "./keys";
import type { SaveOutcome, Store } from "./store";

/** Bump when the stored shape changes; older shapes are discarded with a notice. */
export const PROGRESS_FORMAT = 1;

/** Progress on one questionnaire, as kept in localStorage between visits. */
export const ProgressSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  questionnaireId: IdSchema,
  version: z.int().check(z.positive()),
  answers: AnswersSchema,
  /** Index of the question on screen, or the question count when on the review step. */
  position: z.int().check(z.minimum(0)),
  /** ISO timestamp of the last save, shown when offering to resume. */
  savedAt: z.string(),
  /**
   * The leader's notes by question id (see lib/link/notes.ts). Read apart from the answers
   * (readProgress), so notes that cannot be read never cost an answer. Absent in progress saved
   * before notes existed, which still reads.
   */
  notes: z.optional(z.unknown()),
});

/** Notes as progress keeps them: by question id. */
const ProgressNotesSchema = z.record(IdSchema, z.string());
export type ProgressNotes = z.infer<typeof ProgressNotesSchema>;

export type Progress = z.infer<typeof ProgressSchema>;

/** Saved progress as read, with why it cannot be used as data (progress-problem.ts words it). */
export type ProgressRead =
  | { kind: "none" }
  | { kind: "found"; progress: Progress & { notes: ProgressNotes }; notesLost?: true }
  | { kind: "discarded"; problem: ProgressProblem }
  | { kind: "unavailable" };

/** The same, with why in English words. */
export type LoadedProgress =
  Exclude<ProgressRead, { kind: "discarded" }> | { kind: "discarded"; problem: ProgressProblem; reason: string };

const discarded = (problem: ProgressProblem): ProgressRead => ({ kind: "discarded", problem });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Interprets the stored text for one questionnaire. Anything unreadable, from another
 * questionnaire or from another version is reported as discarded, so the page can say so
 * instead of crashing. Pure: removing the bad entry is up to the caller.
 */
export function readProgressOf(text: string | null, questionnaire: Questionnaire): ProgressRead {
  if (text === null) return { kind: "none" };
  const parsed = ProgressSchema.safeParse(parseJson(text));
  if (!parsed.success) return discarded({ kind: "unreadable" });
  const progress = parsed.data;
  if (progress.questionnaireId !== questionnaire.id) return discarded({ kind: "other-questionnaire" });
  if (progress.version > questionnaire.version)
    return discarded({ kind: "newer", saved: progress.version, runs: questionnaire.version });
  if (progress.version !== questionnaire.version) return discarded({ kind: "changed", saved: progress.version });
  const answers: Answers = sanitiseAnswers(questionnaire, progress.answers);
  const position = Math.min(progress.position, questionnaire.questions.length);
  const notes = readNotes(progress.notes, questionnaire);
  return {
    kind: "found",
    progress: { ...progress, answers, position, notes: notes ?? {} },
    ...(notes === null && { notesLost: true as const }),
  };
}

/** readProgressOf, with why progress is discarded in English words. */
export function readProgress(text: string | null, questionnaire: Questionnaire): LoadedProgress {
  const read = readProgressOf(text, questionnaire);
  return read.kind === "discarded" ? { ...read, reason: progressProblemText(read.problem, ENGLISH_REASONS) } : read;
}

/** The notes kept with progress, each cleaned, on this questionnaire's questions; null when unreadable. */
function readNotes(raw: unknown, questionnaire: Questionnaire): ProgressNotes | null {
  if (raw === undefined) return {};
  const parsed = ProgressNotesSchema.safeParse(raw);
  if (!parsed.success) return null;
  const ids = new Set(questionnaire.questions.map((q) => q.id));
  return Object.fromEntries(
    Object.entries(parsed.data).flatMap(([id, text]) => {
      const note = cleanNote(text);
      return ids.has(id) && note ? [[id, note]] : [];
    }),
  );
}

/** Reads and interprets saved progress in one go. */
export function loadProgress(store: Store, questionnaire: Questionnaire): LoadedProgress {
  const text = store.read(progressKey(questionnaire.id));
  return text === undefined ? { kind: "unavailable" } : readProgress(text, questionnaire);
}

export function saveProgress(store: Store, progress: Progress): SaveOutcome {
  return store.write(progressKey(progress.questionnaireId), JSON.stringify(progress));
}

export function clearProgress(store: Store, questionnaireId: string): void {
  store.remove(progressKey(questionnaireId));
}
