import { useEffect, useId, useRef, useState } from "react";
import { MAX_NOTE_LENGTH } from "@/lib/link/notes";
import { noteCheck, noteTexts } from "@/lib/link/note-check";
import type { Locale } from "@/lib/i18n/locales";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";

type Props = {
  /** The note kept for this question ("" for none). */
  note: string;
  /** Keeps a note that passed the checks ("" removes it). */
  onKeep: (text: string) => void;
  /** The result link's length with this text as the question's note, to refuse one that would not fit. */
  linkLength: (text: string) => Promise<number>;
  /** The question, for the label of a field among many on the review. */
  label?: string;
  onFocus?: () => void;
  locale: Locale;
  messages: FlowMessages["note"];
};

/**
 * A leader's note on one answer: the evidence or example behind it. Plain text, kept as it is
 * typed only when it passes the checks; a refused note leaves the last kept one in place and
 * says why beside the field, so nothing already answered or noted is lost.
 */
export function NoteField({ note, onKeep, linkLength, label, onFocus, locale, messages: m }: Props) {
  const texts = noteTexts(locale, m);
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [problem, setProblem] = useState<string | null>(null);
  // Open from the start when there is a note, and then as the leader leaves it: clearing the note
  // must not fold the field away under the cursor.
  const [openAtFirst] = useState(note !== "");
  // The field itself is drawn once the leader first opens it: every question, and every line of
  // the review, carries one, and creating a text area each time cost each answer's task (and the
  // review's) for a note most answers never get.
  const [asked, setAsked] = useState(openAtFirst);
  // The newest text typed, and the last note this field kept: a note that differs from the
  // latter came from outside (a resumed run, a retake, another field) and replaces the draft.
  const latest = useRef(note);
  const kept = useRef(note);
  useEffect(() => {
    if (note === kept.current) return;
    kept.current = note;
    latest.current = note;
    setDraft(note);
    setProblem(null);
  }, [note]);

  const change = (text: string) => {
    setDraft(text);
    latest.current = text;
    void noteCheck(text, linkLength).then((found) => {
      // Only the newest text decides: an older check finishing late says nothing.
      if (latest.current !== text) return;
      setProblem(found && texts.problem(found));
      if (found !== null) return;
      kept.current = text;
      onKeep(text);
    });
  };

  return (
    <details
      className="note"
      open={openAtFirst || undefined}
      onToggle={(event) => event.currentTarget.open && setAsked(true)}
    >
      <summary>{note ? m.yours : m.add}</summary>
      {asked && (
        <>
          <label htmlFor={id} className="note-label">
            {label ?? m.label} <span className="muted">{m.hint}</span>
          </label>
          <textarea
            id={id}
            className="note-input"
            rows={3}
            value={draft}
            onFocus={onFocus}
            onChange={(event) => change(event.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-count ${id}-problem`}
          />
          <p
            id={`${id}-count`}
            className={draft.length > MAX_NOTE_LENGTH ? "note-count note-over" : "note-count muted"}
          >
            {texts.count(draft)}
          </p>
          <p id={`${id}-problem`} className="note-problem" role="alert">
            {problem}
          </p>
        </>
      )}
    </details>
  );
}
