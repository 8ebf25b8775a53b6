import { useEffect } from "react";
import { choose, DONT_KNOW, optionCount } from "@/lib/questionnaire/answers";
import type { FlowAction } from "@/lib/questionnaire/flow";
import type { Question, Questionnaire } from "@/lib/questionnaire/schema";

/** Typing in a text field or pressing a button must keep its usual meaning. */
function ownsKeys(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ["TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName) ||
      (target instanceof HTMLInputElement && target.type !== "radio"))
  );
}

/** Number keys choose an answer (the last number is "Don't know"); Enter goes on. */
export function useFlowKeys(
  questionnaire: Questionnaire,
  question: Question | null,
  dispatch: (action: FlowAction) => void,
): void {
  useEffect(() => {
    if (!question) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
      if (event.key === "Enter") {
        // Radios do not submit a form on Enter in every browser, so do it here.
        event.preventDefault();
        dispatch({ type: "next" });
        return;
      }
      if (!/^[1-9]$/.test(event.key)) return;
      const count = optionCount(questionnaire, question);
      const index = Number(event.key) - 1;
      if (index < count) dispatch({ type: "answer", questionId: question.id, answer: choose(index) });
      else if (index === count) dispatch({ type: "answer", questionId: question.id, answer: DONT_KNOW });
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [questionnaire, question, dispatch]);
}
