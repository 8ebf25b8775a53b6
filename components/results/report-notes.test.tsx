import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { packNotes } from "@/lib/link/notes";
import { withPrevious } from "@/lib/link/previous";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import type { SharedResult } from "@/lib/link/result-schema";
import { Report } from "./report";

// Notes beside the answers they explain, as text (never markup), and on the answers that moved
// since the result a retake carries.
const catalogue = loadCatalogue();
const content = loadReportContent();
const j = journeyOf(loadCurrentQuestionnaires())!;
const [first] = j.questions;
const answersAt = (option: number) => Object.fromEntries(j.questions.map((q) => [q.id, choose(option)]));
const assessment = (option: number) => ({ questionnaireId: j.id, version: j.version, answers: answersAt(option) });

describe("notes in the report", () => {
  it("shows each note beside its answer, markup as text, and the notes of the answers that moved", async () => {
    const notes = await packNotes({ [j.id]: { [first!.id]: "<img src=x onerror=alert(1)> seen in Q3" } });
    const earlierNotes = await packNotes({ [j.id]: { [first!.id]: "Only the CEO reads complaints" } });
    const result: SharedResult = withPrevious(
      { assessments: [assessment(2)], date: "2026-12-07", notes },
      { assessments: [assessment(0)], date: "2025-12-01", notes: earlierNotes },
    );
    const user = userEvent.setup();
    render(<Report result={result} catalogue={catalogue} content={content} />);
    const journey = screen.getByRole("region", { name: j.title });
    await user.click(within(journey).getByRole("heading", { name: j.title }));
    const note = await within(journey).findByText("<img src=x onerror=alert(1)> seen in Q3");
    expect(note.closest("li")?.textContent).toContain(first!.text);
    expect(document.querySelector("img[src=x]")).toBeNull();
    // Only the noted answer has a note beside it.
    expect(within(journey).queryAllByText(/^Note:/)).toHaveLength(1);
    const since = screen.getByRole("region", { name: "Change since last time" });
    const moved = within(since).getByRole("list", { name: "Answers that moved" });
    expect(within(moved).getByText("Only the CEO reads complaints")).toBeTruthy();
    expect(within(moved).getByText("<img src=x onerror=alert(1)> seen in Q3")).toBeTruthy();
    const share = screen.getByRole("region", { name: "Print, download or share" });
    await user.click(within(share).getByRole("heading", { name: "Print, download or share" }));
    expect(
      within(share).getByText(
        (_, el) => el?.textContent === "This link carries 1 note: anyone with the link can read it.",
      ),
    ).toBeTruthy();
    expect(within(share).getByRole("button", { name: "Take my notes out of the link" })).toBeTruthy();
  });
});
