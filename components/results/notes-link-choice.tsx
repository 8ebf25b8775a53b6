import { useState } from "react";
import { encodeFragment, MAX_FRAGMENT_LENGTH } from "@/lib/link/fragment";
import { packNotes } from "@/lib/link/notes";
import type { SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { findVersion } from "@/lib/questionnaire/catalogue";
import { keepNotes } from "@/lib/storage/kept-notes";
import type { ResultNotes } from "@/lib/storage/result-notes";
import { fill, formatCountIn } from "@/lib/i18n/format";
import { fillCount } from "@/lib/report/words";
import { useReportWords } from "./report-words";
import { browserStore } from "@/components/shared/browser-storage";
import { replaceLocationHash } from "@/components/shared/use-location-hash";

type Props = { result: SharedResult; catalogue: Catalogue; notes: ResultNotes };

const count = (notes: ResultNotes["notes"]) => Object.values(notes).reduce((n, q) => n + Object.keys(q).length, 0);

/**
 * Where the leader's notes are, and the choice to put them in the link or take them out. In the
 * link, anyone holding it reads them; out of it, they stay in this browser only.
 */
export function NotesLinkChoice({ result, catalogue, notes }: Props) {
  const [status, setStatus] = useState("");
  const w = useReportWords();
  const m = w.messages.report.notes;
  const total = count(notes.notes);
  if (total === 0) return null;

  const include = async () => {
    const packed = await packNotes(notes.notes);
    const next = encodeFragment({ ...result, ...(packed && { notes: packed }) }, catalogue);
    if (next.length > MAX_FRAGMENT_LENGTH)
      return setStatus(fill(m.tooLong, { max: formatCountIn(w.locale, MAX_FRAGMENT_LENGTH) }));
    replaceLocationHash(next);
    setStatus(m.included);
  };
  const remove = () => {
    // Kept here first, so the report in this browser still shows them.
    for (const a of result.assessments) {
      const questionnaire = findVersion(catalogue, a.questionnaireId, a.version);
      const own = notes.notes[a.questionnaireId];
      if (questionnaire && own) keepNotes(browserStore, questionnaire, a.answers, own);
    }
    const { notes: _notes, ...rest } = result;
    replaceLocationHash(encodeFragment(rest, catalogue));
    setStatus(m.removed);
  };

  return (
    <section className="notes-choice card no-print" aria-labelledby="notes-choice-title">
      <h2 id="notes-choice-title">{m.title}</h2>
      {notes.inLink ? (
        <>
          <p>{fillCount(w, m.inLink, total)}</p>
          <button type="button" className="button button-secondary" onClick={remove}>
            {m.remove}
          </button>
        </>
      ) : (
        <>
          <p>{fillCount(w, m.kept, total)}</p>
          <button type="button" className="button button-secondary" onClick={() => void include()}>
            {m.include}
          </button>
        </>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
