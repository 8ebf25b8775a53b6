import type { MovedAnswer } from "@/lib/compare/moved-answers";
import { countOf } from "@/lib/shared/plural";

type Props = {
  moved: MovedAnswer[];
  headingLevel?: 3 | 4;
  /** In a report: the leader's notes on each moved answer, then and now (see MovedNotes). */
  notes?: { before: Readonly<Record<string, string>>; after: Readonly<Record<string, string>> };
};

/** The answers that changed, each with the question, so a reader sees why a score moved. */
export function MovedAnswersList({ moved, headingLevel = 3, notes }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className="moved-title">
        {moved.length === 0 ? "No answer changed" : `${countOf(moved.length, "answer", "answers")} changed`}
      </Heading>
      {moved.length > 0 && (
        <ul className="moved-answers" aria-label="Answers that moved">
          {moved.map((m) => (
            <li key={m.questionId}>
              <p className="moved-question">
                {m.question} <span className="muted">({m.area})</span>
              </p>
              <p className="moved-change">
                <span className="muted">Before:</span> {m.before}
                <br />
                <span className="muted">After:</span> {m.after}
              </p>
              {notes && <MovedNotes before={notes.before[m.questionId]} after={notes.after[m.questionId]} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The notes the leader left on a moved answer: why it was what it was, and why it is what it is. */
function MovedNotes({ before, after }: { before?: string; after?: string }) {
  if (!before && !after) return null;
  return (
    <p className="moved-notes">
      {before && (
        <span className="answer-note">
          <span className="muted">Note before: </span>
          <bdi>{before}</bdi>
        </span>
      )}
      {after && (
        <span className="answer-note">
          <span className="muted">Note now: </span>
          <bdi>{after}</bdi>
        </span>
      )}
    </p>
  );
}
