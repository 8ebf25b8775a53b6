import { useState } from "react";
import { fill, formatCountIn, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { LeaderNote } from "@/lib/workshop/team-report";

type Props = {
  notes: readonly LeaderNote[] | undefined;
  nameOf: (leader: number) => string;
  /** On a slide, the first few only, so the slide still fits a laptop's screen. */
  max?: number;
  locale: Locale;
  words: Pick<TeamMessages, "notesTitle" | "notesLabel" | "moreNotes" | "showMoreNotes">;
};

/**
 * In the team view, notes are drawn this many at a time, more at the reader's request: a
 * disputed question among 5,000 leaders may carry a thousand notes, and laying them all out at
 * once held the page's main thread for seconds on a mid-range phone
 * (scripts/measure-team-notes.ts). Twenty is more than a facilitator reads aloud.
 */
export const NOTES_AT_ONCE = 20;

/**
 * The notes leaders left on a disputed question: why each answered as they did. Named as the
 * rest of the view names leaders ("Leader A" in slides until names are shown); plain text.
 */
export function LeaderNotes({ notes, nameOf, max, locale, words }: Props) {
  const [drawn, setDrawn] = useState(NOTES_AT_ONCE);
  if (!notes || notes.length === 0) return null;
  const shown = notes.slice(0, max ?? drawn);
  const left = notes.length - shown.length;
  const count = (n: number, forms: TeamMessages["moreNotes"]) =>
    fill(pluralIn(locale, n, forms), { n: formatCountIn(locale, n) });
  return (
    <div className="leader-notes">
      <h4>{words.notesTitle}</h4>
      <ul aria-label={words.notesLabel}>
        {shown.map((n) => (
          <li key={n.leader}>
            <strong>
              <bdi>{nameOf(n.leader)}</bdi>:
            </strong>{" "}
            <bdi>{n.text}</bdi>
          </li>
        ))}
      </ul>
      {left > 0 && max === undefined && (
        <>
          <button
            type="button"
            className="button button-secondary no-print"
            onClick={() => setDrawn(drawn + NOTES_AT_ONCE)}
          >
            {fill(pluralIn(locale, Math.min(left, NOTES_AT_ONCE), words.showMoreNotes), {
              n: formatCountIn(locale, Math.min(left, NOTES_AT_ONCE)),
              left: formatCountIn(locale, left),
            })}
          </button>
          <p className="muted print-only">{count(left, words.moreNotes)}</p>
        </>
      )}
      {left > 0 && max !== undefined && <p className="muted">{count(left, words.moreNotes)}</p>}
    </div>
  );
}
