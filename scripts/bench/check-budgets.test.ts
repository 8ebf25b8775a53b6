import { describe, expect, it } from "vitest";
import { BUDGETS } from "./budgets";
import { checkBudgets, failures, lighthouseVerdicts } from "./check-budgets";
import { assertionsFor, lhciConfig, type AssertionResult } from "./lhci";
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
};
const weight: PageWeight = {
  jsKb: 140,
  jsFiles: 7,
  lateJsKb: 0,
  cssKb: 4,
  fontKb: 0,
  dataKb: 0,
  ready: true,
  recharts: false,
  scripts: [],
};
const plain: BenchPage = { name: "home", path: "/", charts: false };
const chart: BenchPage = { name: "results", path: "/results/", charts: true };

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
    expect(failed(bench([{ page: plain, lighthouse, weight }]))).toEqual([]);
  });

  it("holds chart pages to their own, looser budgets, and lets them load recharts", () => {
    const heavy = { ...weight, jsKb: 255, recharts: true };
    expect(failed(bench([{ page: chart, lighthouse: { ...lighthouse, performance: 95 }, weight: heavy }]))).toEqual([]);
  });

  it("fails a page whose report never appeared, and passes it once it does", () => {
    const team: BenchPage = { name: "team", path: "/team/", charts: false, ready: "#leader-grid-caption" };
    const page = (ready: boolean) => bench([{ page: team, lighthouse, weight: { ...weight, ready } }]);
    expect(failed(page(false))).toEqual(["team: shows its report (no #leader-grid-caption)"]);
    expect(failed(page(true))).toEqual([]);
  });

  it("fails a chart page that never loaded its chart: its report was not measured", () => {
    const empty = { ...weight, recharts: false };
    expect(failed(bench([{ page: chart, lighthouse: { ...lighthouse, performance: 99 }, weight: empty }]))).toEqual([
      `${chart.name}: draws its chart (no chart loaded)`,
    ]);
  });

  it("fails each exceeded budget on its own line, with the figure measured", () => {
    const results = bench([{ page: plain, lighthouse, weight: { ...weight, jsKb: 150.4, recharts: true } }], {
      aggregation: [{ links: 5000, ms: 500 }],
      build: {
        status: "measured",
        site: { articles: 17, ms: 30_000, phases: { compileMs: 8000, typesMs: 9000, pagesMs: 4000 } },
        copies: [],
        msPerArticle: 60.5,
        wholeMsPerArticle: 50,
      },
    });
    expect(failed(results)).toEqual([
      "home: JS ≤ 150 KB gz (150.4 KB)",
      "home: no recharts (recharts loaded)",
      "aggregation: 5,000 links < 500 ms (500.0 ms)",
      "build: ≤ 60 ms per article (60.5 ms)",
    ]);
  });

  it("reads missing aggregation and a quick run as n/a, never as failures", () => {
    const verdicts = checkBudgets(
      bench([], {
        aggregation: [{ links: 5000, ms: null, note: "error: no catalogue" }],
        build: {
          status: "skipped",
          site: { articles: 17, ms: 30_000, phases: { compileMs: 8000, typesMs: 9000, pagesMs: 4000 } },
        },
      }),
    );
    expect(verdicts.map((v) => [v.subject, v.status, v.actual])).toEqual([
      ["aggregation", "n/a", "error: no catalogue"],
      ["build", "n/a", "skipped (--quick)"],
    ]);
  });
});

describe("Lighthouse budgets, as Lighthouse CI asserts them", () => {
  const results: BenchPage = { name: "results (both)", path: "/results/", fragment: "v=2&j=1", charts: true };

  it("holds each kind of page to its budget, and the results page to its own, over the median run", () => {
    expect(assertionsFor(plain, BUDGETS)).toMatchObject({
      "categories:performance": ["error", { minScore: 0.98, aggregationMethod: "median" }],
      "categories:seo": ["error", { minScore: 1 }],
      "total-blocking-time": ["error", { maxNumericValue: 150 }],
      // CLS is judged as printed: below 0.005 shows as 0.00.
      "cumulative-layout-shift": ["error", { maxNumericValue: 0.005 }],
    });
    expect(assertionsFor(chart, BUDGETS)["categories:performance"]).toEqual([
      "error",
      { minScore: 0.95, aggregationMethod: "median" },
    ]);
    expect(assertionsFor(results, BUDGETS)).toMatchObject({
      "categories:performance": ["error", { minScore: 0.97 }],
      "total-blocking-time": ["error", { maxNumericValue: 120 }],
    });
  });

  it("measures each page at its address with its fragment, and asserts it by its path", () => {
    const config = lhciConfig("http://127.0.0.1:3400", [plain, results], 3, BUDGETS);
    expect(config.ci.collect.url).toEqual(["http://127.0.0.1:3400/", "http://127.0.0.1:3400/results/#v=2&j=1"]);
    // LHCI matches the document's address, which has no fragment.
    const patterns = config.ci.assert.assertMatrix.map((m) => new RegExp(m.matchingUrlPattern));
    expect(patterns.map((p) => p.test("http://127.0.0.1:3400/results/"))).toEqual([false, true]);
    expect(patterns.map((p) => p.test("http://127.0.0.1:3400/"))).toEqual([true, false]);
  });

  it("reads LHCI's assertions as the report's verdicts, passed and failed, by page", () => {
    const origin = "http://127.0.0.1:3400";
    const assertions: AssertionResult[] = [
      {
        url: `${origin}/`,
        auditId: "categories",
        auditProperty: "performance",
        name: "minScore",
        operator: ">=",
        expected: 0.98,
        actual: 0.97,
        passed: false,
      },
      {
        url: `${origin}/`,
        auditId: "total-blocking-time",
        name: "maxNumericValue",
        operator: "<=",
        expected: 150,
        actual: 151.4,
        passed: false,
      },
      {
        url: `${origin}/`,
        auditId: "cumulative-layout-shift",
        name: "maxNumericValue",
        operator: "<=",
        expected: 0.005,
        actual: 0.0041,
        passed: true,
      },
      {
        url: `${origin}/elsewhere/`,
        auditId: "categories",
        auditProperty: "seo",
        name: "minScore",
        operator: ">=",
        expected: 1,
        actual: 1,
        passed: true,
      },
    ];
    expect(lighthouseVerdicts(assertions, [plain], origin)).toEqual([
      { subject: "home", rule: "performance ≥ 98", actual: "97", status: "fail" },
      { subject: "home", rule: "TBT ≤ 150 ms", actual: "151 ms", status: "fail" },
      { subject: "home", rule: "CLS shows as 0.00", actual: "0.004", status: "pass" },
    ]);
  });
});
