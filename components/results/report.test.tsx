import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { decodeFragment } from "@/lib/link/fragment";
import { buildReport } from "@/lib/report/build-report";
import { choose } from "@/lib/questionnaire/answers";
import { blundersOf, journeyOf } from "@/lib/questionnaire/catalogue";
import type { SharedResult } from "@/lib/link/result-schema";
import { Report } from "./report";

// The report as rendered from a result: what shows at once, what a section holds once opened,
// and what printing does to the sections, without a browser's layout.
const catalogue = loadCatalogue();
const content = loadReportContent();
const j = journeyOf(loadCurrentQuestionnaires())!;
const b = blundersOf(loadCurrentQuestionnaires())!;
const result: SharedResult = {
  assessments: [
    {
      questionnaireId: j.id,
      version: j.version,
      answers: Object.fromEntries(j.questions.map((q, i) => [q.id, choose((i * 2) % q.options.length)])),
    },
    {
      questionnaireId: b.id,
      version: b.version,
      answers: Object.fromEntries(b.questions.map((q) => [q.id, choose(3)])),
    },
  ],
  date: "2026-11-22",
};
const show = () => render(<Report result={result} catalogue={catalogue} content={content} />);
const section = (name: string) => screen.getByRole("region", { name });

describe("the report", () => {
  it("draws the radar in the summary at once, with an outline for now and for the targets", () => {
    show();
    const summary = section("Summary");
    const radar = within(summary).getByRole("img", { name: /^Radar chart of stage by area, now and target/ });
    expect(radar.querySelectorAll("polygon[data-series]")).toHaveLength(2);
    expect(within(summary).getAllByRole("listitem")).toHaveLength(3);
    // The one order the priorities and the plan follow, said beside them.
    expect(within(summary).getByText(buildReport(result, catalogue, content).order)).toBeTruthy();
    expect(within(section("Overall stage")).getByText(/^Stage \d of 6: /)).toBeTruthy();
  });

  it("renders a section's contents only once it is opened", async () => {
    const user = userEvent.setup();
    show();
    const plan = section("Your plan");
    expect(within(plan).queryByRole("list", { name: "Plan steps" })).toBeNull();
    await user.click(within(plan).getByRole("heading", { name: "Your plan" }));
    expect(within(plan).getByRole("list", { name: "Plan steps" })).toBeTruthy();
    // The first step names where it starts and ends, in its area's own words, with the scale.
    expect(within(plan).getAllByText(/ · Stage \d → \d of 6: .+ → .+/).length).toBeGreaterThan(0);
  });

  it("opens every section when the browser is about to print, and closes them after", () => {
    show();
    const opened = () => screen.getAllByRole("group").filter((g) => g.hasAttribute("open")).length;
    expect(opened()).toBe(0);
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    for (const name of ["Your plan", j.title, b.title, "How the two results relate"])
      expect(within(section(name)).getAllByRole("group")[0]?.hasAttribute("open")).toBe(true);
    // Both tables are there in full, for paper.
    expect(within(section(j.title)).getAllByRole("row")).toHaveLength(j.dimensions.length + 1);
    expect(within(section(b.title)).getAllByRole("row")).toHaveLength(b.dimensions.length + 1);
    act(() => void window.dispatchEvent(new Event("afterprint")));
    expect(opened()).toBe(0);
  });

  it("puts a changed target in the link, keeping the rest of the result", async () => {
    const user = userEvent.setup();
    show();
    await user.click(within(section("Your plan")).getByRole("heading", { name: "Your plan" }));
    const people = j.dimensions.find((d) => d.id === "people")!;
    await user.selectOptions(screen.getByLabelText(new RegExp(`^${people.name}`)), "6");
    const linked = decodeFragment(window.location.hash, catalogue);
    expect(linked.ok && linked.value.targets).toEqual({ people: 6 });
    expect(linked.ok && linked.value.date).toBe("2026-11-22");
  });
});

describe("a retake's report", () => {
  it("says under the change since last time whether each carried target was reached", () => {
    const previous = { assessments: result.assessments, date: "2025-11-22" };
    const retake = { ...result, targets: { leadership: 6, people: 1 }, previous };
    render(<Report result={retake} catalogue={catalogue} content={content} />);
    const since = section("Change since last time");
    const items = within(within(since).getByRole("list", { name: "Targets reached" })).getAllByRole("listitem");
    const names = (id: string) => j.dimensions.find((d) => d.id === id)!.name;
    // Stage 1 is reached wherever the area stands; stage 6 only at the last stage.
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        new RegExp(`^${names("leadership")}: target stage 6 of 6, now stage \\d of 6: not reached yet$`),
      ),
      expect.stringMatching(new RegExp(`^${names("people")}: target stage 1 of 6, now stage \\d of 6: reached$`)),
    ]);
  });
});

describe("the blunders headline", () => {
  /** Every answer of a blunder showing the same avoidance (25, 50 or 75 of 100). */
  const at = (avoidance: Record<string, 25 | 50 | 75>): SharedResult => ({
    assessments: [
      {
        questionnaireId: b.id,
        version: b.version,
        answers: Object.fromEntries(
          b.questions.map((q) => {
            // Agreeing (index 3) with a blunder shows 25; with its alternative, 75.
            const agree = (avoidance[q.dimension] ?? 75) === 25 ? 3 : avoidance[q.dimension] === 50 ? 2 : 1;
            return [q.id, choose(q.keying === "blunder" ? agree : 4 - agree)];
          }),
        ),
      },
    ],
  });
  const nameOf = (id: string) => b.dimensions.find((d) => d.id === id)!.name;
  const headline = (r: SharedResult) => {
    render(<Report result={r} catalogue={catalogue} content={content} />);
    return section("Overall avoidance");
  };

  it("shows the overall's own band, and apart from it the blunders at high risk", () => {
    // (25 + 75 + 75 + 75 + 75) ÷ 5 = 65: worth watching, as /how-scoring-works/ bands 40–69.
    const shown = headline(at({ feedback: 25 }));
    expect(within(shown).getByText(/overall/).textContent).toBe("65 / 100 overall · Worth watching");
    expect(within(shown).getByText(/at high risk/).textContent).toBe(
      `1 of 5 blunders at high risk: ${nameOf("feedback")} (25 / 100).`,
    );
  });

  it("names every blunder it counts", () => {
    // (25 + 25 + 50 + 75 + 75) ÷ 5 = 50: worth watching, with two blunders at high risk. The line
    // named two of the three it counted; it now counts only what it names.
    const shown = headline(at({ training: 25, feedback: 25, price: 50 }));
    expect(within(shown).getByText(/overall/).textContent).toBe("50 / 100 overall · Worth watching");
    expect(within(shown).getByText(/at high risk/).textContent).toBe(
      `2 of 5 blunders at high risk: ${nameOf("training")} (25 / 100), ${nameOf("feedback")} (25 / 100).`,
    );
  });
});
