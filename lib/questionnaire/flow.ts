import type { Answer, Answers } from "./answers";

/**
 * The question flow as a pure state machine, so the order of screens can be tested without a
 * browser. `position` is a question index; the review step sits after the last question.
 */
export type FlowState = {
  phase: "intro" | "question" | "review";
  position: number;
  answers: Answers;
  /** Set when a question was opened from the review, so "Next" goes straight back to it. */
  fromReview: boolean;
};

export type FlowAction =
  | { type: "start" }
  | { type: "resume"; answers: Answers; position: number }
  | { type: "answer"; questionId: string; answer: Answer }
  | { type: "next" }
  | { type: "back" }
  | { type: "edit"; position: number }
  | { type: "review" }
  /** Puts back an earlier state as it was: the undo after an automatic move to the next question. */
  | { type: "restore"; state: FlowState };

export const initialFlow: FlowState = { phase: "intro", position: 0, answers: {}, fromReview: false };

export function flowReducer(total: number, state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case "start":
      return { ...initialFlow, phase: "question" };
    case "resume": {
      const position = Math.max(0, Math.min(action.position, total));
      return { phase: position >= total ? "review" : "question", position, answers: action.answers, fromReview: false };
    }
    case "answer":
      return { ...state, answers: { ...state.answers, [action.questionId]: action.answer } };
    case "next":
      if (state.fromReview || state.position + 1 >= total)
        return { ...state, phase: "review", position: total, fromReview: false };
      return { ...state, position: state.position + 1 };
    case "back":
      if (state.phase === "review") return { ...state, phase: "question", position: total - 1 };
      if (state.position === 0) return { ...state, phase: "intro" };
      return { ...state, position: state.position - 1, fromReview: false };
    case "edit":
      return {
        ...state,
        phase: "question",
        position: Math.max(0, Math.min(action.position, total - 1)),
        fromReview: true,
      };
    case "review":
      return { ...state, phase: "review", position: total, fromReview: false };
    case "restore":
      return action.state;
  }
}
