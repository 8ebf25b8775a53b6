import { describe, expect, it } from "vitest";
import { choose } from "./answers";
import { finishRun, flowReducer, initialFlow, type FlowAction, type FlowState } from "./flow";

const TOTAL = 3;
const run = (actions: FlowAction[], from: FlowState = initialFlow) =>
  actions.reduce((s, a) => flowReducer(TOTAL, s, a), from);

describe("flowReducer", () => {
  it("goes intro → questions → review", () => {
    expect(run([{ type: "start" }])).toMatchObject({ phase: "question", position: 0 });
    expect(run([{ type: "start" }, { type: "next" }, { type: "next" }])).toMatchObject({
      phase: "question",
      position: 2,
    });
    expect(run([{ type: "start" }, { type: "next" }, { type: "next" }, { type: "next" }])).toMatchObject({
      phase: "review",
      position: 3,
    });
  });

  it("goes back from the review to the last question, and from the first question to the intro", () => {
    expect(run([{ type: "review" }, { type: "back" }])).toMatchObject({ phase: "question", position: 2 });
    expect(run([{ type: "start" }, { type: "back" }])).toMatchObject({ phase: "intro" });
  });

  it("keeps answers through navigation", () => {
    const state = run([
      { type: "start" },
      { type: "answer", questionId: "q1", answer: choose(1) },
      { type: "next" },
      { type: "back" },
    ]);
    expect(state.answers).toEqual({ q1: choose(1) });
  });

  it("returns to the review after editing from it", () => {
    const editing = run([{ type: "review" }, { type: "edit", position: 0 }]);
    expect(editing).toMatchObject({ phase: "question", position: 0, fromReview: true });
    expect(flowReducer(TOTAL, editing, { type: "next" })).toMatchObject({ phase: "review", fromReview: false });
  });

  it("resumes at a saved position, or at the review when all were passed", () => {
    expect(run([{ type: "resume", answers: {}, position: 1 }])).toMatchObject({ phase: "question", position: 1 });
    expect(run([{ type: "resume", answers: {}, position: 3 }])).toMatchObject({ phase: "review", position: 3 });
    expect(run([{ type: "resume", answers: {}, position: -4 }])).toMatchObject({ phase: "question", position: 0 });
  });

  it("starting again clears answers", () => {
    const state = run([
      { type: "start" },
      { type: "answer", questionId: "q1", answer: choose(1) },
      { type: "back" },
      { type: "start" },
    ]);
    expect(state.answers).toEqual({});
  });

  it("an undo puts back the question and the answer as they were before the move", () => {
    const before = run([{ type: "start" }, { type: "answer", questionId: "q1", answer: choose(0) }]);
    const moved = run([{ type: "answer", questionId: "q1", answer: choose(2) }, { type: "next" }], before);
    expect(moved).toMatchObject({ position: 1, answers: { q1: choose(2) } });
    expect(flowReducer(TOTAL, moved, { type: "restore", state: before })).toEqual(before);
  });
});

describe("one move per answer", () => {
  const answered = run([{ type: "start" }, { type: "answer", questionId: "q1", answer: choose(0) }]);

  it("holds back a Next pressed after the flow moved by itself, once", () => {
    const moved = flowReducer(TOTAL, answered, { type: "next", auto: true });
    expect(moved).toMatchObject({ position: 1, movedByItself: true });
    const held = flowReducer(TOTAL, moved, { type: "next" });
    expect(held).toMatchObject({ position: 1, heldNext: true });
    expect(held.movedByItself).toBeUndefined();
    // A second Next is deliberate and moves, as Next always does.
    expect(flowReducer(TOTAL, held, { type: "next" })).toEqual({ ...answered, position: 2 });
  });

  it("lets Next move at once after answering the question the flow moved to", () => {
    const moved = run(
      [
        { type: "next", auto: true },
        { type: "answer", questionId: "q2", answer: choose(1) },
      ],
      answered,
    );
    expect(flowReducer(TOTAL, moved, { type: "next" })).toMatchObject({ position: 2 });
  });

  it("forgets the automatic move on Back", () => {
    const back = run([{ type: "next", auto: true }, { type: "back" }, { type: "next" }], answered);
    expect(back).toMatchObject({ position: 1 });
  });
});

describe("finishRun", () => {
  const order = ["journey", "blunders"];
  it("saves a result on its own to history at once, and leaves a joined one to the results page", () => {
    expect(finishRun({ questionnaireId: "journey", order, own: "v=2&journey=x", carry: {} })).toEqual({
      path: "/results/#v=2&journey=x",
      saveToHistory: true,
    });
    const joined = finishRun({
      questionnaireId: "blunders",
      order,
      own: "v=2&blunders=y",
      carry: { with: "v=2&journey=x" },
    });
    expect(joined.saveToHistory).toBe(false);
    expect(joined.path).toMatch(/^\/results\/#/);
    expect(
      finishRun({ questionnaireId: "journey", order, own: "o", carry: { retake: "v=2&journey=x" } }).saveToHistory,
    ).toBe(false);
    expect(finishRun({ questionnaireId: "journey", order, own: "o", carry: { invite: "i" } }).saveToHistory).toBe(
      false,
    );
  });
});

describe("answering what the review lists as open", () => {
  it("visits each open question in turn, then goes back to the review", () => {
    const review = run([{ type: "review" }]);
    const first = flowReducer(TOTAL, review, { type: "edit", position: 0, then: [2] });
    expect(first).toMatchObject({ phase: "question", position: 0, fromReview: true, queue: [2] });
    const second = flowReducer(TOTAL, first, { type: "next" });
    expect(second).toMatchObject({ phase: "question", position: 2, fromReview: true });
    expect(second.queue).toBeUndefined();
    expect(flowReducer(TOTAL, second, { type: "next" })).toMatchObject({ phase: "review" });
  });

  it("forgets the rest of the way on Back", () => {
    const first = run([{ type: "review" }, { type: "edit", position: 1, then: [2] }, { type: "back" }]);
    expect(first.queue).toBeUndefined();
  });
});
