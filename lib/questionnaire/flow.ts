import { routeAfterFinish } from "../link/flow-route";
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
  /** Questions still to visit from the review, in order, before going back to it. */
  queue?: number[];
  /** Set when the flow moved on by itself after a tap, until the next action. */
  movedByItself?: boolean;
  /** Set when a Next was held back because the flow had just moved by itself (see "next"). */
  heldNext?: boolean;
};

export type FlowAction =
  | { type: "start" }
  | { type: "resume"; answers: Answers; position: number }
  | { type: "answer"; questionId: string; answer: Answer }
  /** `auto`: the move after a tapped answer, made by the flow itself. */
  | { type: "next"; auto?: boolean }
  | { type: "back" }
  /** Opens a question from the review; `then` are the questions to visit after it. */
  | { type: "edit"; position: number; then?: number[] }
  | { type: "review" }
  /** Puts back an earlier state as it was: the undo after an automatic move to the next question. */
  | { type: "restore"; state: FlowState };

export const initialFlow: FlowState = { phase: "intro", position: 0, answers: {}, fromReview: false };

function next(total: number, state: FlowState): FlowState {
  const { queue, ...rest } = state;
  const [after, ...later] = queue ?? [];
  if (state.fromReview && after !== undefined)
    return { ...rest, position: after, ...(later.length > 0 && { queue: later }) };
  if (state.fromReview || state.position + 1 >= total)
    return { ...rest, phase: "review", position: total, fromReview: false };
  return { ...rest, position: state.position + 1 };
}

/**
 * One move per answer. A tap answers and moves on after a moment; a Next pressed after that
 * was meant for the question just answered, so it does not move a second time (it skipped a
 * question unseen). The leader is told, and a second Next skips as Next always does.
 */
export function flowReducer(total: number, state: FlowState, action: FlowAction): FlowState {
  // Both flags last one action: whatever comes next starts from a plain state.
  const { movedByItself, heldNext: _held, ...plain } = state;
  switch (action.type) {
    case "start":
      return { ...initialFlow, phase: "question" };
    case "resume": {
      const position = Math.max(0, Math.min(action.position, total));
      return { phase: position >= total ? "review" : "question", position, answers: action.answers, fromReview: false };
    }
    case "answer":
      return { ...plain, answers: { ...state.answers, [action.questionId]: action.answer } };
    case "next":
      if (action.auto) return { ...next(total, plain), movedByItself: true };
      if (movedByItself && state.phase === "question") return { ...plain, heldNext: true };
      return next(total, plain);
    case "back": {
      const { queue: _queue, ...still } = plain;
      if (state.phase === "review") return { ...still, phase: "question", position: total - 1 };
      if (state.position === 0) return { ...still, phase: "intro" };
      return { ...still, position: state.position - 1, fromReview: false };
    }
    case "edit": {
      const { queue: _queue, ...still } = plain;
      const queue = (action.then ?? []).filter((p) => p >= 0 && p < total && p !== action.position);
      return {
        ...still,
        phase: "question",
        position: Math.max(0, Math.min(action.position, total - 1)),
        fromReview: true,
        ...(queue.length > 0 && { queue }),
      };
    }
    case "review": {
      const { queue: _queue, ...still } = plain;
      return { ...still, phase: "review", position: total, fromReview: false };
    }
    case "restore":
      return action.state;
  }
}

type Finish = Parameters<typeof routeAfterFinish>[0];

/**
 * Where a finished run goes, and whether its result goes into this browser's history now: a
 * result on its own is whole and is saved here; one joined with what the run brought along (an
 * earlier assessment, a retaken result, an invitation) is saved by the results page once joined.
 */
export function finishRun(finish: Finish): { path: string; saveToHistory: boolean } {
  const { carry } = finish;
  return { path: routeAfterFinish(finish), saveToHistory: !carry.with && !carry.retake && !carry.invite };
}
