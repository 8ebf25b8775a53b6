import { useEffect, useRef } from "react";
import { optionLabels, unansweredIds, type Answers } from "@/lib/questionnaire/answers";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { sectionName } from "@/lib/questionnaire/section-name";
import { fill, formatCountIn, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
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
  locale: Locale;
  messages: FlowMessages;
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
  finishLabel,
  finishHere,
  fresh,
  notes,
  locale,
  messages,
}: Props) {
  const m = messages.review;
  const label = finishLabel ?? m.seeResults;
  const count = (n: number) => formatCountIn(locale, n);
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
        {label}
      </button>
    ) : (
      <button type="button" className="button" onClick={() => onEdit(first, missing.slice(1).map(positionOf))}>
        {missing.length === 1
          ? fill(m.answerOne, { n: count(first + 1) })
          : fill(m.answerOpen, { count: count(missing.length), n: count(first + 1) })}
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
        {m.title}
      </h2>
      {missing.length > 0 ? (
        <div className="notice notice-warn review-missing-list" role="status">
          <p>{fill(pluralIn(locale, missing.length, m.missing), { n: count(missing.length) })}</p>
          <ul aria-label={m.missingList}>
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
          {fill(m.allAnswered, { n: count(questionnaire.questions.length) })}
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
              <span className="review-part-name">{fill(m.part, { n: count(part + 1), name: sectionName(d) })}</span>
              <span className="muted">
                {" · "}
                {fill(m.partAnswered, { done: count(questions.length - open), total: count(questions.length) })}
              </span>
            </summary>
            <ol className="review-list">
              {questions.map(({ q, position }) => {
                const answer = answers[q.id];
                const text =
                  answer?.kind === "dont-know"
                    ? messages.question.dontKnow
                    : answer
                      ? optionLabels(questionnaire, q)[answer.index]
                      : undefined;
                return (
                  <li key={q.id} className={text ? "review-item" : "review-item review-missing"}>
                    {fresh?.has(q.id) && <p className="question-new">{messages.question.isNew}</p>}
                    <p className="review-question">
                      <span className="muted">{position + 1}.</span> {q.text}
                    </p>
                    <p className="review-answer">{text ?? <strong>{m.notAnswered}</strong>}</p>
                    <button type="button" className="button button-secondary" onClick={() => onEdit(position)}>
                      {text ? m.change : m.answer}
                      <span className="visually-hidden">{fill(m.questionHint, { n: count(position + 1) })}</span>
                    </button>
                    <NoteField
                      note={notes.byQuestion[q.id] ?? ""}
                      label={fill(messages.note.onQuestion, { n: count(position + 1) })}
                      onKeep={(note) => notes.keep(q.id, note)}
                      linkLength={(note) => notes.linkLength(q.id, note)}
                      locale={locale}
                      messages={messages.note}
                    />
                  </li>
                );
              })}
            </ol>
          </details>
        );
      })}
      {Object.keys(notes.byQuestion).length > 0 && (
        <ShareNotesChoice
          count={Object.keys(notes.byQuestion).length}
          share={notes.share}
          onShare={notes.onShare}
          locale={locale}
          messages={messages.share}
        />
      )}
      <div className="button-row flow-nav">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {messages.question.back}
        </button>
        {finish}
        {first !== null && (
          <button type="button" className="button button-secondary" onClick={onFinish}>
            {fill(pluralIn(locale, missing.length, m.without), { label })}
          </button>
        )}
        {here}
      </div>
      {first !== null && <p className="muted review-finish-note">{m.notEnough}</p>}
    </section>
  );
}
