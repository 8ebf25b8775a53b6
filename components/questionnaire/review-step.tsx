import { useEffect, useRef } from "react";
import { optionLabels, unansweredIds, type Answers } from "@/lib/questionnaire/answers";
import type { Questionnaire } from "@/lib/questionnaire/schema";

type Props = {
  questionnaire: Questionnaire;
  answers: Answers;
  onEdit: (position: number) => void;
  onBack: () => void;
  onFinish: () => void;
};

/** Every answer on one page, unanswered ones flagged, each editable before finishing. */
export function ReviewStep({ questionnaire, answers, onEdit, onBack, onFinish }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const missing = unansweredIds(questionnaire, answers);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title" ref={headingRef} tabIndex={-1}>
        Review your answers
      </h2>
      {missing.length > 0 ? (
        <p className="notice notice-warn" role="status">
          {missing.length === 1 ? "1 question is" : `${missing.length} questions are`} not answered yet. You can finish
          anyway: an area with fewer than half its questions answered is shown as &ldquo;not enough answers&rdquo;.
        </p>
      ) : (
        <p className="notice" role="status">
          All {questionnaire.questions.length} questions are answered.
        </p>
      )}
      {questionnaire.dimensions.map((d) => (
        <section key={d.id} aria-labelledby={`review-${d.id}`}>
          <h3 id={`review-${d.id}`}>{d.name}</h3>
          <ol className="review-list">
            {questionnaire.questions.map((q, position) => {
              if (q.dimension !== d.id) return null;
              const answer = answers[q.id];
              const text =
                answer?.kind === "dont-know"
                  ? "Don't know"
                  : answer
                    ? optionLabels(questionnaire, q)[answer.index]
                    : undefined;
              return (
                <li key={q.id} className={text ? "review-item" : "review-item review-missing"}>
                  <p className="review-question">
                    <span className="muted">{position + 1}.</span> {q.text}
                  </p>
                  <p className="review-answer">{text ?? <strong>Not answered</strong>}</p>
                  <button type="button" className="button button-secondary" onClick={() => onEdit(position)}>
                    {text ? "Change" : "Answer"}
                    <span className="visually-hidden"> question {position + 1}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <div className="button-row flow-nav">
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button" onClick={onFinish}>
          See my results
        </button>
      </div>
    </section>
  );
}
