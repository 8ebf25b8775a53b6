import { EN } from "@/test/english-words";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { buildComparison } from "@/lib/compare/build-comparison";
import { decodeCompareFragment, encodeCompareFragment } from "@/lib/compare/compare-link";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { encodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { formatDate } from "@/lib/shared/dates";
import { today } from "@/lib/results/today";
import { HISTORY_KEY } from "@/lib/storage/keys";
import { CompareView } from "./compare-view";

const catalogue = loadCatalogue();
const journey = journeyOf(loadCurrentQuestionnaires())!;
/** A leader's journey, every question at option `i`, on a given day. */
const result = (i: number, date: string): SharedResult => ({
  assessments: [
    {
      questionnaireId: journey.id,
      version: journey.version,
      answers: Object.fromEntries(journey.questions.map((q) => [q.id, choose(Math.min(i, q.options.length - 1))])),
    },
  ],
  label: "Head of service",
  date,
});
const january = result(1, "2026-01-10");
const june = result(3, "2026-06-01");
const link = (r: SharedResult) => encodeFragment(r, catalogue);

function open(fragment: string) {
  window.history.replaceState(null, "", `/compare/#${fragment}`);
  render(<CompareView catalogue={catalogue} locale="en" messages={EN.messages} />);
}

afterEach(() => window.history.replaceState(null, "", "/compare/"));

describe("compare", () => {
  it("carries on paper the link that reopens it, and keeps its input boxes off paper", async () => {
    const fragment = encodeCompareFragment(link(january), link(june));
    open(fragment);
    const paper = await screen.findByRole("region", { name: "This comparison's link" });
    expect(within(paper).getByRole("link").textContent).toBe(`${window.location.origin}/compare/#${fragment}`);
    expect(screen.getByLabelText("Earlier result link (before)").closest("form")?.classList).toContain("no-print");
  });

  it("sets the two results side by side, area by area, with the figures the comparison works out", async () => {
    open(encodeCompareFragment(link(january), link(june)));
    const section = await screen.findByRole("region", { name: journey.title });
    const view = buildComparison(january, june, catalogue, today(), EN).comparisons[0]!;
    const table = within(section).getByRole("table", { name: `Change by area: ${view.scale}` });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Area", "Earlier", "Later", "Change"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(
      view.rows.map((r) => `${r.name}${r.caution ? ` ${r.caution}` : ""}`),
    );
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual(view.rows.map((r) => [r.before, r.after, r.change]));
    // Each change in the look of its verdict.
    expect(rows.map((row) => within(row).getAllByRole("cell").at(-1)!.className)).toEqual(
      view.rows.map((r) => (r.tone ? `change-${r.tone}` : "")),
    );
    expect(screen.getByText("Earlier:").parentElement?.textContent).toContain(formatDate("2026-01-10"));
    expect(screen.getByText("Later:").parentElement?.textContent).toContain(formatDate("2026-06-01"));
  });

  it("puts the earlier result first by its date, whichever box it was pasted in, and says so", async () => {
    open(encodeCompareFragment(link(june), link(january)));
    const [notice] = buildComparison(june, january, catalogue, today(), EN).notices;
    expect(notice).toMatch(/shown in date order/);
    expect((await screen.findByText(notice!)).getAttribute("role")).toBe("status");
    expect(screen.getByText("Earlier:").parentElement?.textContent).toContain(formatDate("2026-01-10"));
    expect(screen.getByText("Later:").parentElement?.textContent).toContain(formatDate("2026-06-01"));
  });

  it("says whether each target the earlier result set was reached", async () => {
    const earlier = { ...january, targets: { leadership: 6, people: 2 } };
    open(encodeCompareFragment(link(earlier), link(june)));
    const section = await screen.findByRole("region", { name: journey.title });
    const items = within(within(section).getByRole("list", { name: "Targets reached" })).getAllByRole("listitem");
    const claims = buildComparison(earlier, june, catalogue, today(), EN).comparisons[0]!.targets!.items;
    expect(claims.map((t) => t.id)).toEqual(["leadership", "people"]);
    expect(items.map((li) => li.textContent)).toEqual(claims.map((t) => t.text));
  });

  it("says which link cannot be read, and compares nothing", async () => {
    const broken = link(january).replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    open(encodeCompareFragment(broken, link(june)));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^The earlier link: /);
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("reads two pasted links into the address, and compares them", async () => {
    open("");
    const user = userEvent.setup();
    await user.type(
      screen.getByLabelText("Earlier result link (before)"),
      `https://example.org/results/#${link(january)}`,
    );
    await user.type(screen.getByLabelText("Later result link (after)"), `#${link(june)}`);
    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(decodeCompareFragment(window.location.hash)).toEqual({ before: link(january), after: link(june) });
    expect(await screen.findByRole("region", { name: journey.title })).toBeTruthy();
  });

  it("offers the results saved in this browser for the earlier one", async () => {
    const entry = { savedAt: "2026-01-10T09:00:00.000Z", questionnaireIds: [journey.id], fragment: link(january) };
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ format: 1, entries: [entry] }));
    open("");
    const saved = await screen.findByRole("combobox", { name: "Or use a result saved in this browser" });
    await userEvent.selectOptions(saved, link(january));
    expect(screen.getByLabelText("Earlier result link (before)")).toHaveProperty("value", `#${link(january)}`);
  });
});
