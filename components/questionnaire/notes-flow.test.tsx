import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flowLanguage } from "@/test/flow-messages";
import { stagesFixture } from "@/test/fixtures";
import { decodeFragment } from "@/lib/link/fragment";
import { MAX_NOTE_LENGTH, unpackNotes } from "@/lib/link/notes";
import { progressKey } from "@/lib/storage/keys";
import { NOTES_KEY } from "@/lib/storage/kept-notes";
import { QuestionFlow } from "./question-flow";
import { linkErrorInEnglish } from "@/lib/link/english-errors";

// A leader notes the evidence behind three answers, with the keyboard alone: the notes are saved
// with the answers, stay out of the link until the leader includes them, and a refused note keeps
// the last one that could be kept.
const q = stagesFixture();
const siblings = [{ id: q.id, title: q.title }];
const assign = vi.fn();

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem("outside-in:auto-advance", "off");
  vi.stubGlobal("location", { ...window.location, assign });
});
afterEach(() => {
  assign.mockReset();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Answers every question with the keyboard, noting the first three, and opens the review. */
async function answerWithNotes() {
  const user = userEvent.setup();
  render(<QuestionFlow questionnaire={q} siblings={siblings} {...flowLanguage("en")} />);
  await user.click(screen.getByRole("button", { name: "Start" }));
  for (let i = 0; i < q.questions.length; i += 1) {
    await user.keyboard("2");
    if (i < 3) {
      await user.click(screen.getByText("Add a note"));
      await user.type(screen.getByLabelText(/Note on this answer/), `Evidence ${i + 1}: the churn review`);
      await waitFor(() => expect(saved()[q.questions[i]!.id]).toBe(`Evidence ${i + 1}: the churn review`));
      expect(screen.getByText(`${`Evidence ${i + 1}: the churn review`.length} of 280 characters`)).toBeTruthy();
    }
    await user.click(screen.getByRole("button", { name: i + 1 === q.questions.length ? "Review answers" : "Next" }));
  }
  expect(screen.getByRole("heading", { name: "Review your answers" })).toBeTruthy();
  return user;
}

function saved(): Record<string, string> {
  const text = localStorage.getItem(progressKey(q.id));
  const progress: unknown = text ? JSON.parse(text) : null;
  return progress && typeof progress === "object" && "notes" in progress && progress.notes
    ? Object.fromEntries(Object.entries(progress.notes))
    : {};
}

const finishedFragment = () => {
  const route = String(assign.mock.calls[0]?.[0] ?? "");
  return decodeURIComponent(route.slice(route.indexOf("#") + 1));
};

describe("notes on answers", () => {
  it("stay in this browser, out of the link, unless the leader includes them", async () => {
    const user = await answerWithNotes();
    expect(screen.getByText("3 notes are kept in this browser only, and shown in your report here.")).toBeTruthy();
    await user.click(screen.getAllByRole("button", { name: "See my results" })[0]!);
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    expect(finishedFragment()).not.toMatch(/(^|&)n=/);
    expect(localStorage.getItem(NOTES_KEY)).toContain("Evidence 3: the churn review");
  });

  it("ride in the link when included, after it says who can read them", async () => {
    const user = await answerWithNotes();
    await user.click(screen.getByRole("checkbox", { name: "Include my notes in the link" }));
    expect(screen.getByText(/Anyone with the link can read your notes/)).toBeTruthy();
    await user.click(screen.getAllByRole("button", { name: "See my results" })[0]!);
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const decoded = decodeFragment(finishedFragment(), [q]);
    if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
    const notes = await unpackNotes(decoded.value.notes ?? "");
    expect(notes.ok && notes.notes[q.id]).toEqual({
      [q.questions[0]!.id]: "Evidence 1: the churn review",
      [q.questions[1]!.id]: "Evidence 2: the churn review",
      [q.questions[2]!.id]: "Evidence 3: the churn review",
    });
  });

  it("refuses a note too long where it is typed, keeping the last one that fitted and every answer", async () => {
    const user = await answerWithNotes();
    const field = screen.getByLabelText(/^Note on question 1 /);
    await user.click(field);
    await user.paste("x".repeat(MAX_NOTE_LENGTH));
    expect(await screen.findByText(/A note holds up to 280 characters/)).toBeTruthy();
    expect(saved()[q.questions[0]!.id]).toBe("Evidence 1: the churn review");
    expect(screen.getByText("All 8 questions are answered.")).toBeTruthy();
  });

  it("stops once, and says so, when this browser cannot keep notes that are not going into the link", async () => {
    const user = await answerWithNotes();
    const setItem = localStorage.setItem.bind(localStorage);
    vi.spyOn(localStorage, "setItem").mockImplementation((key: string, value: string) => {
      if (key !== NOTES_KEY) return setItem(key, value);
      const full = new Error("full");
      full.name = "QuotaExceededError";
      throw full;
    });
    await user.click(screen.getAllByRole("button", { name: "See my results" })[0]!);
    expect(await screen.findByText(/could not keep your notes/)).toBeTruthy();
    expect(assign).not.toHaveBeenCalled();
    // Finishing again goes on without them, as the message says.
    await user.click(screen.getAllByRole("button", { name: "See my results" })[0]!);
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
  });
});
