import { EN } from "@/test/english-words";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { decodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { importanceView } from "@/lib/report/importance-view";
import { scoreStages } from "@/lib/scoring/stages";
import { ImportanceChart } from "./importance-chart";
import { ImportanceSelect } from "./importance-select";
import { Report } from "./report";

const catalogue = loadCatalogue();
const content = loadReportContent();
const j = journeyOf(loadCurrentQuestionnaires())!;
// Every answer at the second option: each area sits low, where "act here first" is.
const answers = Object.fromEntries(j.questions.map((q) => [q.id, choose(1)]));
const result: SharedResult = { assessments: [{ questionnaireId: j.id, version: j.version, answers }], targets: {} };
const [first, second] = j.dimensions;

describe("ImportanceSelect", () => {
  it("is unset by default, offers the three levels and reports the one chosen, or none", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const view = importanceView(scoreStages(j, answers), undefined, EN);
    render(<ImportanceSelect area={first!} importance={view} onChange={onChange} />);
    const select = screen.getByRole("combobox", { name: `How much it matters: ${first!.name}` });
    expect(within(select).getByRole("option", { name: "Not marked", selected: true })).toBeTruthy();
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Not marked", "Critical to our strategy", "Important", "Less important now"]);
    // Reached by keyboard: it is the page's one control.
    await user.tab();
    expect(document.activeElement).toBe(select);
    await user.selectOptions(select, "Critical to our strategy");
    expect(onChange).toHaveBeenLastCalledWith(first!.id, "critical");
    await user.selectOptions(select, "Not marked");
    expect(onChange).toHaveBeenLastCalledWith(first!.id, undefined);
  });
});

describe("ImportanceChart", () => {
  it("places each marked area as a numbered point, with a table that says the same", () => {
    const view = importanceView(scoreStages(j, answers), { [first!.id]: "critical", [second!.id]: "less" }, EN);
    render(<ImportanceChart chart={view.chart!} />);
    const picture = screen.getByRole("img", { name: /^Chart of importance against stage now, in four quadrants/ });
    const points = picture.querySelectorAll("[data-area]");
    expect([...points].map((p) => [p.getAttribute("data-area"), p.getAttribute("data-quadrant")])).toEqual([
      [second!.id, "low-priority"],
      [first!.id, "act-first"],
    ]);
    const table = screen.getByRole("table", { name: "Each marked area, by importance and stage now" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell").at(-1)?.textContent)).toEqual([
      "Act here first",
      "Low priority",
    ]);
    expect(within(rows[0]!).getByRole("rowheader").textContent).toBe(`1. ${first!.name}`);
  });
});

describe("importance in the report", () => {
  const openPlan = async (user: ReturnType<typeof userEvent.setup>) =>
    user.click(within(screen.getByRole("region", { name: "Your plan" })).getByRole("heading", { name: "Your plan" }));

  it("shows no chart until an area is marked, then puts the mark in the link, keeping the rest", async () => {
    const user = userEvent.setup();
    render(<Report result={{ ...result, targets: { [second!.id]: 6 } }} catalogue={catalogue} content={content} />);
    await openPlan(user);
    expect(screen.queryByRole("img", { name: /^Chart of importance/ })).toBeNull();
    await user.selectOptions(screen.getByLabelText(`How much it matters: ${first!.name}`), "Critical to our strategy");
    const linked = decodeFragment(window.location.hash, catalogue);
    expect(linked.ok && linked.value.importance).toEqual({ [first!.id]: "critical" });
    expect(linked.ok && linked.value.targets).toEqual({ [second!.id]: 6 });
  });

  it("reads the marks back from the link: the select, the order line and the chart", async () => {
    const user = userEvent.setup();
    render(
      <Report
        result={{ ...result, importance: { [second!.id]: "critical" } }}
        catalogue={catalogue}
        content={content}
      />,
    );
    expect(screen.getByText(/^By importance, then weakest first, as in your plan:/)).toBeTruthy();
    await openPlan(user);
    const select = screen.getByLabelText(`How much it matters: ${second!.name}`);
    expect(within(select).getByRole("option", { name: "Critical to our strategy", selected: true })).toBeTruthy();
    expect(screen.getByRole("img", { name: /^Chart of importance/ })).toBeTruthy();
    // The plan starts with the area marked critical.
    const steps = within(screen.getByRole("list", { name: "Plan steps" })).getAllByRole("listitem");
    expect(steps[0]?.textContent).toContain(second!.name);
  });
});
