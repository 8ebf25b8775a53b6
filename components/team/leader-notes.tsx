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
  words: Pick<TeamMessages, "notesTitle" | "notesLabel" | "moreNotes">;
};

/**
 * The notes leaders left on a disputed question: why each answered as they did. Named as the
 * rest of the view names leaders ("Leader A" in slides until names are shown); plain text.
 */
export function LeaderNotes({ notes, nameOf, max = Infinity, locale, words }: Props) {
  if (!notes || notes.length === 0) return null;
  const shown = notes.slice(0, max);
  const more = notes.length - shown.length;
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
      {more > 0 && (
        <p className="muted">{fill(pluralIn(locale, more, words.moreNotes), { n: formatCountIn(locale, more) })}</p>
      )}
    </div>
  );
}
