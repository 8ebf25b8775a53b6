import { useEffect, useRef, type MouseEvent } from "react";
import type { FlowAction, FlowState } from "@/lib/questionnaire/flow";
import type { Question, Questionnaire } from "@/lib/questionnaire/schema";
import { fill, formatCountIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { EstimateMessages } from "@/lib/i18n/messages/en/estimate";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import { FlowProgress } from "./flow-progress";
import { NoteField } from "./note-field";
import { QuestionStep } from "./question-step";
import type { useAutoAdvance } from "./use-auto-advance";

/**
 * The second click of a double-click lands on the next question's button, which sits in the
 * same place, and would skip a question. A click's `detail` counts the clicks in the burst, so
 * only the first one acts; Enter and taps on separate occasions count as 0 or 1.
 */
function ignoreRepeatClick(event: MouseEvent<HTMLButtonElement>) {
  if (event.detail > 1) event.preventDefault();
}

type Props = {
  questionnaire: Questionnaire;
  question: Question;
  state: FlowState;
  /** True when the question is new or changed since the result being retaken. */
  isNew: boolean;
  auto: ReturnType<typeof useAutoAdvance>;
  /** A move the person made: it ends a pending automatic move (see QuestionFlow). */
  act: (action: FlowAction) => void;
  /** A change of state that leaves a pending automatic move as it is. */
  dispatch: (action: FlowAction) => void;
  /** The newest state, even before React has rendered it. */
  current: () => FlowState;
  /** This question's note, how to keep one, and the link it would make (see NoteField). */
  note: { text: string; keep: (text: string) => void; linkLength: (text: string) => Promise<number> };
  locale: Locale;
  messages: { flow: FlowMessages; estimate: EstimateMessages };
};

/** One question: where the run stands, the question and its answers, and the ways on. */
export function QuestionForm(props: Props) {
  const { questionnaire, question, state, isNew, auto, act, dispatch, current, note, locale, messages } = props;
  const m = messages.flow.question;
  const total = questionnaire.questions.length;
  const formRef = useRef<HTMLFormElement>(null);
  // Focusing the question (QuestionStep, whose effect runs first) scrolls only as far as the
  // question itself. Coming from a long page, as from "Start the other assessment" on a report
  // and the intro after it, that left "Question 1 of 7" above the screen: the counter comes
  // into view with the question.
  // Only for the first question this form shows, on mount: later ones follow on screen, and
  // measuring the form after every answer forced a layout into each answer's task.
  useEffect(() => {
    const form = formRef.current;
    if (form && form.getBoundingClientRect().top < 0) form.scrollIntoView({ block: "start" });
  }, []);
  return (
    <form
      ref={formRef}
      className="question-form"
      onSubmit={(event) => {
        event.preventDefault();
        act({ type: "next" });
      }}
    >
      <FlowProgress
        questionnaire={questionnaire}
        position={state.position}
        answers={state.answers}
        locale={locale}
        messages={messages}
      />
      <QuestionStep
        questionnaire={questionnaire}
        question={question}
        answer={state.answers[question.id]}
        isNew={isNew}
        messages={m}
        onAnswer={(answer, byPointer) => {
          const before = current();
          dispatch({ type: "answer", questionId: question.id, answer });
          if (byPointer && auto.enabled) auto.schedule(before);
          else auto.settle();
        }}
      />
      {/* Keyed by question, so a half-typed note never moves to the next question. */}
      <NoteField
        key={question.id}
        note={note.text}
        onKeep={note.keep}
        linkLength={note.linkLength}
        onFocus={auto.settle}
        locale={locale}
        messages={messages.flow.note}
      />
      <div className="button-row flow-nav">
        <button
          type="button"
          className="button button-secondary"
          onClick={(event) => event.detail < 2 && act({ type: "back" })}
        >
          {m.back}
        </button>
        {auto.undo && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const before = auto.undo;
              auto.settle();
              if (before) dispatch({ type: "restore", state: before });
            }}
          >
            {m.undo}
            <span className="visually-hidden">{m.undoHint}</span>
          </button>
        )}
        <button type="submit" className="button" onClick={ignoreRepeatClick}>
          {state.fromReview && !state.queue
            ? m.backToReview
            : state.position + 1 === total && !state.fromReview
              ? m.toReview
              : m.next}
        </button>
      </div>
      {state.heldNext && (
        <p className="flow-held" role="status">
          {fill(m.held, { n: formatCountIn(locale, state.position + 1) })}
        </p>
      )}
      <label className="flow-auto">
        <input type="checkbox" checked={auto.enabled} onChange={(e) => auto.setPreference(e.target.checked)} />
        {m.autoAdvance}
      </label>
    </form>
  );
}
