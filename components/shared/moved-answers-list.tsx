import type { MovedAnswer } from "@/lib/compare/moved-answers";
import { countOf } from "@/lib/shared/plural";

/** The answers that changed, each with the question, so a reader sees why a score moved. */
export function MovedAnswersList({ moved, headingLevel = 3 }: { moved: MovedAnswer[]; headingLevel?: 3 | 4 }) {
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
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
