import { useEffect, useRef } from "react";
import { choose, DONT_KNOW, optionLabels, type Answer } from "@/lib/questionnaire/answers";
import type { Question, Questionnaire } from "@/lib/questionnaire/schema";

type Props = {
  questionnaire: Questionnaire;
  question: Question;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
};

/** One question as a fieldset of radios; the legend is focused when the question changes. */
export function QuestionStep({ questionnaire, question, answer, onAnswer }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const labels = optionLabels(questionnaire, question);
  const name = `answer-${question.id}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, [question.id]);

  const choices = [
    ...labels.map((label, index) => ({
      label,
      answer: choose(index),
      checked: answer?.kind === "option" && answer.index === index,
    })),
    { label: "Don't know", answer: DONT_KNOW, checked: answer?.kind === "dont-know" },
  ];

  return (
    <fieldset className="question" aria-describedby={question.help ? `${name}-help` : undefined}>
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
      <div className="options">
        {choices.map((choice, i) => (
          <label key={i} className={choice.answer.kind === "dont-know" ? "option option-dont-know" : "option"}>
            <input type="radio" name={name} checked={choice.checked} onChange={() => onAnswer(choice.answer)} />
            <span className="option-key" aria-hidden="true">
              {i + 1}
            </span>
            <span className="option-label">{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
