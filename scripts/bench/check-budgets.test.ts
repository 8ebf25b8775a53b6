import { describe, expect, it } from "vitest";
import { checkBudgets, failures } from "./check-budgets";
import type { LighthouseRun } from "./lighthouse-report";
import type { BenchPage } from "./pages";
import type { BenchResults, PageResult, PageWeight } from "./results";

const lighthouse: LighthouseRun = {
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 900,
  tbtMs: 20,
  cls: 0,
  cpuIndex: 2000,
  failing: [],
  shifts: [],
};
const weight: PageWeight = { jsKb: 140, jsFiles: 7, lateJsKb: 0, cssKb: 4, fontKb: 0, recharts: false, scripts: [] };
const plain: BenchPage = { name: "home", path: "/", charts: false };
const chart: BenchPage = { name: "results", path: "/results/", charts: true };
const team: BenchPage = { name: "team", path: "/team/", charts: true, pending: "issue 4" };

function bench(pages: PageResult[], overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    date: "2026-11-22 12:00",
    seconds: 300,
    machine: { node: "v20", cpus: 2, cpuModel: "test", loadAverage: 0 },
    lighthouseVersion: "13.5.0",
    runs: 3,
    pages,
    links: [],
    scoring: [],
    aggregation: [{ links: 5000, ms: 120 }],
    longTasks: [],
    build: {
      status: "measured",
      site: { articles: 17, ms: 30_000, phases: { compileMs: 8000, typesMs: 9000, pagesMs: 4000 } },
      copies: [],
      msPerArticle: 40,
      wholeMsPerArticle: 40,
    },
    ...overrides,
  };
}

const failed = (results: BenchResults) =>
  failures(checkBudgets(results)).map((v) => `${v.subject}: ${v.rule} (${v.actual})`);

describe("checkBudgets", () => {
  it("passes a run within every budget", () => {
    expect(failed(bench([{ page: plain, status: "measured", lighthouse, weight }]))).toEqual([]);
  });

  it("holds chart pages to their own, looser budgets, and lets them load recharts", () => {
    const heavy = { ...weight, jsKb: 255, recharts: true };
    expect(
      failed(
        bench([{ page: chart, status: "measured", lighthouse: { ...lighthouse, performance: 95 }, weight: heavy }]),
      ),
    ).toEqual([]);
  });

  it("holds the results page to its own budget: performance 97 and TBT 120 ms (issue 20)", () => {
    const results: BenchPage = { ...chart, budget: "results" };
    const heavy = { ...weight, jsKb: 255, recharts: true };
    const run = (l: Partial<LighthouseRun>) =>
      failed(bench([{ page: results, status: "measured", lighthouse: { ...lighthouse, ...l }, weight: heavy }]));
    expect(run({ performance: 97, tbtMs: 120 })).toEqual([]);
    expect(run({ performance: 96, tbtMs: 121 })).toEqual([
      `${chart.name}: performance ≥ 97 (96)`,
      `${chart.name}: TBT ≤ 120 ms (121 ms)`,
    ]);
  });

  it("fails a chart page that never loaded its chart: its report was not measured", () => {
    const empty = { ...weight, recharts: false };
    expect(
      failed(
        bench([{ page: chart, status: "measured", lighthouse: { ...lighthouse, performance: 99 }, weight: empty }]),
      ),
    ).toEqual([`${chart.name}: draws its chart (no chart loaded)`]);
  });

  it("fails each exceeded budget on its own line, with the figure measured", () => {
    const slow = { ...lighthouse, performance: 97, seo: 60, cls: 0.006, tbtMs: 151 };
    const results = bench(
      [{ page: plain, status: "measured", lighthouse: slow, weight: { ...weight, jsKb: 150.4, recharts: true } }],
      {
        aggregation: [{ links: 5000, ms: 500 }],
        build: {
          status: "measured",
          site: { articles: 17, ms: 30_000, phases: { compileMs: 8000, typesMs: 9000, pagesMs: 4000 } },
          copies: [],
          msPerArticle: 60.5,
          wholeMsPerArticle: 50,
        },
      },
    );
    expect(failed(results)).toEqual([
      "home: SEO = 100 (60)",
      "home: performance ≥ 98 (97)",
      "home: TBT ≤ 150 ms (151 ms)",
      "home: CLS ≤ 0.00 (0.006)", // shows as 0.01
      "home: JS ≤ 150 KB gz (150.4 KB)",
      "home: no recharts (recharts loaded)",
      "aggregation: 5,000 links < 500 ms (500.0 ms)",
      "build: ≤ 60 ms per article (60.5 ms)",
    ]);
  });

  it("judges CLS as printed: 0.004 shows as 0.00 and passes", () => {
    expect(
      failed(bench([{ page: plain, status: "measured", lighthouse: { ...lighthouse, cls: 0.004 }, weight }])),
    ).toEqual([]);
  });

  it("reads a page not built yet, missing aggregation and a quick run as n/a, never as failures", () => {
    const verdicts = checkBudgets(
      bench([{ page: team, status: "not-built" }], {
        aggregation: [{ links: 5000, ms: null, note: "n/a (not built yet)" }],
        build: {
          status: "skipped",
          site: { articles: 17, ms: 30_000, phases: { compileMs: 8000, typesMs: 9000, pagesMs: 4000 } },
        },
      }),
    );
    expect(verdicts.map((v) => [v.subject, v.status, v.actual])).toEqual([
      ["team", "n/a", "not built yet (issue 4)"],
      ["aggregation", "n/a", "n/a (not built yet)"],
      ["build", "n/a", "skipped (--quick)"],
    ]);
  });
});
