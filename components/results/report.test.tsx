import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { decodeFragment } from "@/lib/link/fragment";
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
