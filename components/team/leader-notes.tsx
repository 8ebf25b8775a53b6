import type { LeaderNote } from "@/lib/workshop/team-report";
import { countOf } from "@/lib/shared/plural";

type Props = {
  notes: readonly LeaderNote[] | undefined;
  nameOf: (leader: number) => string;
  /** On a slide, the first few only, so the slide still fits a laptop's screen. */
  max?: number;
};

/**
 * The notes leaders left on a disputed question: why each answered as they did. Named as the
 * rest of the view names leaders ("Leader A" in slides until names are shown); plain text.
 */
export function LeaderNotes({ notes, nameOf, max = Infinity }: Props) {
  if (!notes || notes.length === 0) return null;
  const shown = notes.slice(0, max);
  return (
    <div className="leader-notes">
      <h4>What leaders noted</h4>
      <ul aria-label="Notes leaders left on this question">
        {shown.map((n) => (
          <li key={n.leader}>
            <strong>
              <bdi>{nameOf(n.leader)}</bdi>:
            </strong>{" "}
            <bdi>{n.text}</bdi>
          </li>
        ))}
      </ul>
      {shown.length < notes.length && (
        <p className="muted">
          {countOf(notes.length - shown.length, "more note is", "more notes are")} in the team view.
        </p>
      )}
    </div>
  );
}
