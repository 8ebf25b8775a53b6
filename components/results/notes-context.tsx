import { createContext, useContext, useEffect, useState } from "react";
import type { SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { NO_NOTES, resultNotes, type ResultNotes } from "@/lib/storage/result-notes";
import { browserStore } from "@/components/shared/browser-storage";
import { useReportWords } from "./report-words";

const NotesContext = createContext<ResultNotes>(NO_NOTES);

export const NotesProvider = NotesContext.Provider;

/** The notes of the report on screen (none outside a report, as on the compare page). */
export const useNotes = () => useContext(NotesContext);

/**
 * A result's notes, read after the report first shows: those in its link are inflated by the
 * browser (asynchronously), those kept in this browser are found by their answers.
 */
export function useResultNotes(result: SharedResult, catalogue: Catalogue): ResultNotes {
  const [notes, setNotes] = useState<{ of: SharedResult; notes: ResultNotes } | null>(null);
  useEffect(() => {
    let live = true;
    void resultNotes(result, catalogue, browserStore).then((read) => live && setNotes({ of: result, notes: read }));
    return () => {
      live = false;
    };
  }, [result, catalogue]);
  return notes?.of === result ? notes.notes : NO_NOTES;
}

/** A leader's note beside an answer: plain text, never markup, in its own direction. */
export function AnswerNote({ questionnaireId, questionId }: { questionnaireId: string; questionId: string }) {
  const note = useNotes().notes[questionnaireId]?.[questionId];
  const m = useReportWords().messages.report.notes;
  if (!note) return null;
  return (
    <span className="answer-note">
      <span className="muted">{m.note}</span>
      <bdi>{note}</bdi>
    </span>
  );
}
