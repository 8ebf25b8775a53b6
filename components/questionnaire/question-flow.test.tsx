import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { progressKey } from "@/lib/storage/keys";
import { flowLanguage } from "@/test/flow-messages";
import { stagesFixture } from "@/test/fixtures";
import { QuestionFlow } from "./question-flow";
import { ADVANCE_DELAY_MS } from "./use-auto-advance";

// The flow as a leader on a phone meets it: a tap answers and moves on by itself after a short
// delay, Undo takes it back, Next and the review do what they say. Timers are fake, so "it did
// not move" is checked without waiting.
const q = stagesFixture();
const siblings = [{ id: q.id, title: q.title }];
const heading = (i: number) => screen.getByRole("heading", { level: 2, name: q.questions[i]!.text });
const option = (stage: number) => screen.getByRole("radio", { name: `Looks like stage ${stage}` });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame"] });
  localStorage.setItem("outside-in:auto-advance", "on");
});
afterEach(() => vi.useRealTimers());

async function start() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  render(<QuestionFlow questionnaire={q} siblings={siblings} {...flowLanguage("en")} />);
  await user.click(screen.getByRole("button", { name: "Start" }));
  expect(heading(0)).toBeTruthy();
  return user;
}

/** Lets the automatic move happen, as a phone user waiting a moment would. */
const wait = (ms = ADVANCE_DELAY_MS + 50) => act(() => vi.advanceTimersByTime(ms));

describe("one move per answer", () => {
  it("a Next pressed after the automatic move does not move a second time, and Undo stays", async () => {
    const user = await start();
    await user.click(option(2));
    await wait();
    expect(heading(1)).toBeTruthy();
    // The leader meant Next for the question just answered; it arrives after the move.
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(heading(1)).toBeTruthy();
    expect(screen.getByRole("status")).toHaveProperty("textContent", expect.stringContaining("already on question 2"));
    expect(screen.getByRole("button", { name: /^Undo/ })).toBeTruthy();
    // A second Next is deliberate: it skips the question, as Next always does.
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(heading(2)).toBeTruthy();
  });

  it("two quick taps move once, and Undo returns to the question as it was before both", async () => {
    const user = await start();
    await user.click(option(1));
    await user.click(option(3));
    await wait();
    expect(heading(1)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Undo/ }));
    expect(heading(0)).toBeTruthy();
    expect(screen.queryByRole("radio", { checked: true })).toBeNull();
  });

  it("Undo stays until the next answer, which it then takes back instead", async () => {
    const user = await start();
    await user.click(option(2));
    await wait();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("button", { name: /^Undo/ })).toBeTruthy();
    await user.click(option(4));
    await wait();
    expect(heading(2)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Undo/ }));
    expect(heading(1)).toBeTruthy();
  });

  it("a choice made with the keyboard never moves on by itself", async () => {
    const user = await start();
    await user.keyboard("2");
    await wait(2000);
    expect(heading(0)).toBeTruthy();
    expect(screen.getByRole("radio", { checked: true, name: "Looks like stage 2" })).toBeTruthy();
  });
});

describe("the review", () => {
  it("lists the questions left unanswered and goes to the first, instead of inviting to finish", async () => {
    const user = await start();
    // Answer the first question only, then Next past the others. Enter after the automatic move
    // is held back, as a Next is.
    await user.click(option(2));
    await wait();
    await user.keyboard("{Enter}");
    expect(heading(1)).toBeTruthy();
    for (let i = 1; i < q.questions.length; i += 1) {
      await user.click(screen.getByRole("button", { name: i + 1 === q.questions.length ? "Review answers" : "Next" }));
    }
    expect(screen.getByRole("heading", { name: "Review your answers" })).toBeTruthy();
    const missing = screen.getByRole("list", { name: "Not answered yet" });
    expect(missing.querySelectorAll("li")).toHaveLength(q.questions.length - 1);
    expect(screen.queryByText(/finish anyway/i)).toBeNull();
    // At the top and at the bottom, as "See my results" is when everything is answered. It goes
    // through the open questions in turn, then back to the review.
    const open = `Answer the ${q.questions.length - 1} open questions, from question 2`;
    const [top] = screen.getAllByRole("button", { name: open });
    expect(screen.getByRole("button", { name: `See my results without them` })).toBeTruthy();
    await user.click(top!);
    expect(heading(1)).toBeTruthy();
    await user.keyboard("3");
    await user.keyboard("{Enter}");
    expect(heading(2)).toBeTruthy();
    for (let i = 2; i < q.questions.length; i += 1) await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Review your answers" })).toBeTruthy();
    expect(
      screen.getAllByRole("button", { name: `Answer the ${q.questions.length - 2} open questions, from question 3` }),
    ).toHaveLength(2);
  });
});

// Only the intro offers saved progress: once a run has started the flow writes it on every answer,
// and reading that write back on the next render cost a JSON parse and a schema check per answer.
describe("saved progress", () => {
  it("is not read while answering, and is offered again back on the intro", async () => {
    const user = await start();
    const reads = vi.spyOn(localStorage, "getItem");
    await user.click(option(2));
    await wait();
    await user.click(option(3));
    await wait();
    expect(heading(2)).toBeTruthy();
    expect(reads.mock.calls.filter(([key]) => key === progressKey(q.id))).toEqual([]);
    reads.mockRestore();
    for (const _ of [0, 1, 2]) await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("button", { name: "Resume where I left off" })).toBeTruthy();
  });
});
