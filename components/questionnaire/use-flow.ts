import { useCallback, useEffect, useRef, useState } from "react";
import { flowReducer, initialFlow, type FlowAction, type FlowState } from "@/lib/questionnaire/flow";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { progressKey } from "@/lib/storage/keys";
import {
  PROGRESS_FORMAT,
  readProgressOf,
  saveProgress,
  type Progress,
  type ProgressNotes,
} from "@/lib/storage/progress";
import { browserStore } from "@/components/shared/browser-storage";

/** Progress another tab saved while this one was open: the person decides which to keep. */
export type Conflict = { theirs: (Progress & { notes: ProgressNotes }) | null };

/**
 * The flow's state, saved to this browser after every change. The latest state lives in a
 * ref so that key presses arriving faster than React renders never act on a stale copy.
 * When another tab saves the same questionnaire, this tab stops saving until the person
 * chooses, so neither tab silently overwrites the other.
 */
export function useFlow(questionnaire: Questionnaire) {
  const [state, setState] = useState<FlowState>(initialFlow);
  const [saveFailed, setSaveFailed] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const latest = useRef(state);
  const written = useRef<string | null>(null);
  const paused = useRef(false);
  // The leader's notes by question id, saved with the answers (see NoteField).
  const [notes, setNotes] = useState<ProgressNotes>({});
  const latestNotes = useRef(notes);

  const save = useCallback(
    (next: FlowState) => {
      const progress: Progress = {
        format: PROGRESS_FORMAT,
        questionnaireId: questionnaire.id,
        version: questionnaire.version,
        answers: next.answers,
        position: next.position,
        savedAt: new Date().toISOString(),
        ...(Object.keys(latestNotes.current).length > 0 && { notes: latestNotes.current }),
      };
      written.current = JSON.stringify(progress);
      if (!saveProgress(browserStore, progress).ok) setSaveFailed(true);
    },
    [questionnaire],
  );

  const act = useCallback(
    (action: FlowAction) => {
      const next = flowReducer(questionnaire.questions.length, latest.current, action);
      latest.current = next;
      setState(next);
      if (next.phase !== "intro" && !paused.current) save(next);
    },
    [questionnaire, save],
  );

  /** Keeps (or, with "", removes) one question's note, saved as answers are. */
  const note = useCallback(
    (questionId: string, text: string) => {
      const { [questionId]: _old, ...rest } = latestNotes.current;
      latestNotes.current = text === "" ? rest : { ...rest, [questionId]: text };
      setNotes(latestNotes.current);
      if (latest.current.phase !== "intro" && !paused.current) save(latest.current);
    },
    [save],
  );

  /** Puts notes in place, all at once: resumed progress or a retake's. */
  const restoreNotes = useCallback((restored: ProgressNotes) => {
    latestNotes.current = restored;
    setNotes(restored);
  }, []);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== progressKey(questionnaire.id) || event.newValue === written.current) return;
      if (latest.current.phase === "intro") return;
      paused.current = true;
      const theirs = readProgressOf(event.newValue, questionnaire);
      setConflict({ theirs: theirs.kind === "found" ? theirs.progress : null });
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [questionnaire]);

  const resolve = useCallback(
    (keep: "mine" | "theirs") => {
      paused.current = false;
      const theirs = conflict?.theirs;
      setConflict(null);
      if (keep === "theirs" && theirs) {
        restoreNotes(theirs.notes);
        act({ type: "resume", answers: theirs.answers, position: theirs.position });
      } else save(latest.current);
    },
    [act, conflict, save, restoreNotes],
  );

  /** The newest state, even before React has rendered it. */
  const current = useCallback(() => latest.current, []);

  return { state, act, current, saveFailed, conflict, resolve, notes, note, restoreNotes };
}
