import { render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { encodeFragment } from "@/lib/link/fragment";
import { notKeptRoute } from "@/lib/link/flow-route";
import { HISTORY_KEY } from "@/lib/storage/history";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { ResultsView } from "./results-view";

const catalogue = loadCatalogue();
const content = loadReportContent();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const fragment = encodeFragment(
  {
    assessments: [
      {
        questionnaireId: journey.id,
        version: journey.version,
        answers: Object.fromEntries(journey.questions.map((q) => [q.id, choose(1)])),
      },
    ],
    date: "2026-11-22",
  },
  catalogue,
);

// Storage that is full: reads as ever, refuses every write.
let full: MockInstance<Storage["setItem"]> | undefined;

afterEach(() => {
  full?.mockRestore();
  full = undefined;
  window.history.replaceState(null, "", "/results/");
});

describe("a result this browser cannot keep", () => {
  it("says it is not in this browser's list of results, and how to keep it", async () => {
    full = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
    });
    // A finished run whose flow could not keep its result arrives this way (notKeptRoute).
    window.history.replaceState(null, "", notKeptRoute(fragment));
    render(<ResultsView catalogue={catalogue} content={content} />);
    const notes = await screen.findAllByRole("status");
    expect(notes.map((n) => n.textContent)).toContainEqual(
      expect.stringMatching(/^This browser's storage is full, so this result is not kept/),
    );
  });

  it("says nothing of it when the result is kept", async () => {
    window.history.replaceState(null, "", notKeptRoute(fragment));
    render(<ResultsView catalogue={catalogue} content={content} />);
    await screen.findByRole("region", { name: "Summary" });
    await waitFor(() => expect(localStorage.getItem(HISTORY_KEY)).toContain(fragment));
    expect(screen.queryByText(/is not kept/)).toBeNull();
  });
});
