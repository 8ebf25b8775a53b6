import { EnglishReport } from "@/test/english-report";
import { EN } from "@/test/english-words";
import { cleanup, render, within } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildComparison } from "@/lib/compare/build-comparison";
import { loadCatalogue } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { withPrevious } from "@/lib/link/previous";
import { buildReport } from "@/lib/report/build-report";
import { resultsOf } from "@/test/arbitraries";
import { SinceLastTime } from "./since-last-time";

// The component only renders the changes lib/ judged: over random pairs of results, every change
// shown in "change since last time" reads and looks as its claim says, and compare's rows are the
// same claims (its table renders them: components/compare/compare-view.test.tsx).
// lib/compare/change-claims.test.ts holds the claims to the rule, many more times.
const catalogue = loadCatalogue();
const content = loadReportContent();
const pairs = fc.tuple(resultsOf(catalogue, "2025-11-20"), resultsOf(catalogue, "2026-11-20"));

describe("changes as the pages show them", () => {
  it("are the claims' words and tones, on the results page and on compare alike", () => {
    fc.assert(
      fc.property(pairs, ([earlier, later]) => {
        cleanup();
        const since = buildReport(withPrevious(later, earlier), catalogue, content).since!;
        const compared = buildComparison(earlier, later, catalogue, "2026-12-01", EN);
        const page = render(<SinceLastTime since={since} />, { wrapper: EnglishReport });
        expect(compared.comparisons.map((c) => c.rows)).toEqual(since.views.map((v) => v.rows));
        since.views.forEach((view) => {
          const list = within(page.container).getByRole("list", { name: `Change by area: ${view.scale}` });
          const items = within(list).getAllByRole("listitem");
          view.rows.forEach((row, r) => {
            // The list item: the area's name, the two figures, then the change in brackets.
            const shown = items[r]!.querySelectorAll("span")[1]!;
            expect(shown.textContent).toBe(`(${row.change})`);
            expect(shown.className).toBe(row.tone ? `change-${row.tone}` : "");
          });
        });
      }),
      { numRuns: 15 },
    );
  });
});
