import { useEffect, useRef } from "react";
import { optionLabels, unansweredIds, type Answers } from "@/lib/questionnaire/answers";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { sectionName } from "@/lib/questionnaire/section-name";
import { countOf, plural } from "@/lib/shared/plural";
import { NoteField } from "./note-field";
import { ShareNotesChoice } from "./share-notes-choice";

type Props = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** Opens a question; `then` are the ones to visit after it before coming back here. */
  onEdit: (position: number, then?: number[]) => void;
  /** The question last opened from here: its part stays open on the way back, to show the change. */
  edited?: number | null;
  onBack: () => void;
  onFinish: () => void;
  /** "See my results", or where an invitation or a retake goes on to next. */
  finishLabel?: string;
  /** In a retake that goes on to another assessment: the way to end it here instead. */
  finishHere?: { label: string; onFinish: () => void };
  /** In a retake: questions new or changed since the earlier result, marked and left open. */
  fresh?: ReadonlySet<string>;
  /** The leader's notes, how to keep one, and whether they go into the link (see NoteField). */
  notes: {
    byQuestion: Readonly<Record<string, string>>;
    keep: (questionId: string, text: string) => void;
    linkLength: (questionId: string, text: string) => Promise<number>;
    share: boolean;
    onShare: (share: boolean) => void;
  };
};

/**
 * Every answer, a part to a fold, each editable before finishing. Parts start closed, except
 * those with a question left unanswered or just changed, so the page is a few lines long on a phone and the
 * results are one tap away at the top as well as the bottom.
 */
export function ReviewStep({
  questionnaire,
  answers,
  onEdit,
  edited,
  onBack,
  onFinish,
  finishLabel = "See my results",
  finishHere,
  fresh,
  notes,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const missing = unansweredIds(questionnaire, answers);
  const positionOf = (id: string) => questionnaire.questions.findIndex((q) => q.id === id);
  const first = missing[0] === undefined ? null : positionOf(missing[0]);
  useEffect(() => headingRef.current?.focus(), []);

  // With questions left open, the way on is to answer them: finishing stays possible, but it is
  // not what the page invites.
  const finish =
    first === null ? (
      <button type="button" className="button" onClick={onFinish}>
        {finishLabel}
      </button>
    ) : (
      <button type="button" className="button" onClick={() => onEdit(first, missing.slice(1).map(positionOf))}>
        {missing.length === 1
          ? `Answer question ${first + 1} first`
          : `Answer the ${missing.length} open questions, from question ${first + 1}`}
      </button>
    );

  const here = finishHere && (
    <button type="button" className="button button-secondary" onClick={finishHere.onFinish}>
      {finishHere.label}
    </button>
  );

  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title" ref={headingRef} tabIndex={-1}>
        Review your answers
      </h2>
      {missing.length > 0 ? (
        <div className="notice notice-warn review-missing-list" role="status">
          <p>{countOf(missing.length, "question is", "questions are")} not answered yet:</p>
          <ul aria-label="Not answered yet">
            {missing.map((id) => {
              const position = positionOf(id);
              return (
                <li key={id}>
                  {position + 1}. {questionnaire.questions[position]?.text}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p className="notice" role="status">
          All {questionnaire.questions.length} questions are answered.
        </p>
      )}
      <div className="button-row review-top">
        {finish}
        {here}
      </div>
      {questionnaire.dimensions.map((d, part) => {
        const questions = questionnaire.questions.flatMap((q, position) =>
          q.dimension === d.id ? [{ q, position }] : [],
        );
        const open = questions.filter(({ q }) => !answers[q.id]).length;
        return (
          <details
            key={d.id}
            className="review-part"
            open={open > 0 || questions.some(({ position }) => position === edited)}
          >
            <summary>
              <span className="review-part-name">
                Part {part + 1}: {sectionName(d)}
              </span>
              <span className="muted">
                {" "}
                · {questions.length - open} of {questions.length} answered
              </span>
            </summary>
            <ol className="review-list">
              {questions.map(({ q, position }) => {
                const answer = answers[q.id];
                const text =
                  answer?.kind === "dont-know"
                    ? "Don't know"
                    : answer
                      ? optionLabels(questionnaire, q)[answer.index]
                      : undefined;
                return (
                  <li key={q.id} className={text ? "review-item" : "review-item review-missing"}>
                    {fresh?.has(q.id) && <p className="question-new">New since last time</p>}
                    <p className="review-question">
                      <span className="muted">{position + 1}.</span> {q.text}
                    </p>
                    <p className="review-answer">{text ?? <strong>Not answered</strong>}</p>
                    <button type="button" className="button button-secondary" onClick={() => onEdit(position)}>
                      {text ? "Change" : "Answer"}
                      <span className="visually-hidden"> question {position + 1}</span>
                    </button>
                    <NoteField
                      note={notes.byQuestion[q.id] ?? ""}
                      label={`Note on question ${position + 1}`}
                      onKeep={(note) => notes.keep(q.id, note)}
                      linkLength={(note) => notes.linkLength(q.id, note)}
                    />
                  </li>
                );
              })}
            </ol>
          </details>
        );
      })}
      {Object.keys(notes.byQuestion).length > 0 && (
        <ShareNotesChoice count={Object.keys(notes.byQuestion).length} share={notes.share} onShare={notes.onShare} />
      )}
      <div className="button-row flow-nav">
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back
        </button>
        {finish}
        {first !== null && (
          <button type="button" className="button button-secondary" onClick={onFinish}>
            {finishLabel} without {plural(missing.length, "it", "them")}
          </button>
        )}
        {here}
      </div>
      {first !== null && (
        <p className="muted review-finish-note">
          An area with fewer than half its questions answered shows &ldquo;not enough answers&rdquo; instead of a stage.
        </p>
      )}
    </section>
  );
}
