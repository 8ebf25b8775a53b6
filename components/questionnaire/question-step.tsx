import { useEffect, useRef, type PointerEvent } from "react";
import { choose, DONT_KNOW, optionLabels, type Answer } from "@/lib/questionnaire/answers";
import type { Question, Questionnaire } from "@/lib/questionnaire/schema";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";

type Props = {
  questionnaire: Questionnaire;
  question: Question;
  answer: Answer | undefined;
  /** `byPointer` is true for a tap or click, false for the keyboard (arrow keys, Space). */
  onAnswer: (answer: Answer, byPointer: boolean) => void;
  /** In a retake: a question new or changed since the earlier result, so it starts unanswered. */
  isNew?: boolean;
  messages: FlowMessages["question"];
};

/**
 * A choice made with a pointer arrives as a click shortly after a pointerdown inside the
 * options; the keyboard selects radios with a click too, but with no pointerdown before it.
 */
const POINTER_WINDOW_MS = 1000;

/** One question as a fieldset of radios; the legend is focused when the question changes. */
export function QuestionStep({ questionnaire, question, answer, onAnswer, isNew = false, messages }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pointerAt = useRef(-Infinity);
  const labels = optionLabels(questionnaire, question);
  const name = `answer-${question.id}`;
  // Agreement statements share one short scale, so it fits in a row; stage options are sentences.
  const scale = questionnaire.kind === "agreement";

  useEffect(() => {
    headingRef.current?.focus();
  }, [question.id]);

  const choices = labels.map((label, index) => ({
    label,
    answer: choose(index),
    checked: answer?.kind === "option" && answer.index === index,
  }));
  const dontKnow = { label: messages.dontKnow, answer: DONT_KNOW, checked: answer?.kind === "dont-know" };

  const option = (choice: typeof dontKnow, key: number, className: string) => (
    <label key={key} className={className}>
      <input
        type="radio"
        name={name}
        checked={choice.checked}
        onChange={(event) => onAnswer(choice.answer, event.timeStamp - pointerAt.current < POINTER_WINDOW_MS)}
      />
      <span className="option-key" aria-hidden="true">
        {key + 1}
      </span>
      <span className="option-label">{choice.label}</span>
    </label>
  );
  const notePointer = (event: PointerEvent) => {
    pointerAt.current = event.timeStamp;
  };

  return (
    <fieldset className="question" aria-describedby={question.help ? `${name}-help` : undefined}>
      {isNew && <p className="question-new">{messages.isNew}</p>}
      <legend>
        <h2 ref={headingRef} tabIndex={-1} className="question-text">
          {question.text}
        </h2>
      </legend>
      {question.help && (
        <p id={`${name}-help`} className="muted question-help">
          {question.help}
        </p>
      )}
      <div className={scale ? "options options-scale" : "options"} onPointerDown={notePointer}>
        {choices.map((choice, i) => option(choice, i, scale ? "option option-point" : "option"))}
      </div>
      <div className="options options-extra" onPointerDown={notePointer}>
        {option(dontKnow, choices.length, "option option-dont-know")}
      </div>
    </fieldset>
  );
}
