import { describe, expect, it } from "vitest";
import { checkBudgets } from "./check-budgets";
import { failures } from "./judge";
import type { LighthouseRun } from "./lighthouse-report";
import type { BenchPage } from "./pages";
import type { PageRuns, PageWeight } from "./results";

const run: LighthouseRun = {
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 900,
  tbtMs: 20,
  cls: 0,
  mainThreadMs: 600,
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

const page = (p: BenchPage, over: { runs?: LighthouseRun[]; weight?: Partial<PageWeight> } = {}): PageRuns => ({
  page: p,
  ours: over.runs ?? [run, run, run, run, run],
  baseline: [],
  peer: [],
  cpu: { ours: [], baseline: [], peer: [] },
  weight: { ...weight, ...over.weight },
  baselineWeight: weight,
});

const failed = (pages: PageRuns[]) => failures(checkBudgets(pages)).map((v) => `${v.subject}: ${v.rule} (${v.actual})`);

describe("checkBudgets: the exact figures", () => {
  it("passes a page within every budget, whatever its timings", () => {
    const slow = { ...run, performance: 60, tbtMs: 900, lcpMs: 6000, mainThreadMs: 4000, cpuIndex: 600 };
    expect(failed([page(plain, { runs: [slow, slow, slow, slow, slow] })])).toEqual([]);
  });

  it("holds chart pages to their own, looser JS budget, and lets them load recharts", () => {
    expect(failed([page(chart, { weight: { jsKb: 255, recharts: true } })])).toEqual([]);
  });

  it("fails a page whose report never appeared, and passes it once it does", () => {
    const team: BenchPage = { name: "team", path: "/team/", charts: false, ready: "#leader-grid-caption" };
    expect(failed([page(team, { weight: { ready: false } })])).toEqual([
      "team: shows its report (no #leader-grid-caption)",
    ]);
    expect(failed([page(team)])).toEqual([]);
  });

  it("fails a chart page that never loaded its chart: its report was not measured", () => {
    expect(failed([page(chart)])).toEqual(["results: draws its chart (no chart loaded)"]);
  });

  it("judges scores over the median run, so one odd run neither fails nor saves a page", () => {
    const odd = { ...run, accessibility: 92 };
    expect(failed([page(plain, { runs: [run, odd, run, run, run] })])).toEqual([]);
    const mostly = { ...run, seo: 92 };
    expect(failed([page(plain, { runs: [mostly, mostly, run, mostly, run] })])).toEqual(["home: SEO ≥ 100 (92)"]);
  });

  it("fails each exceeded budget on its own line, with the figure measured", () => {
    const shifting = { ...run, cls: 0.006 };
    expect(
      failed([page(plain, { runs: [shifting, shifting, shifting], weight: { jsKb: 150.4, recharts: true } })]),
    ).toEqual([
      "home: CLS shows as 0.00 (0.006)",
      "home: JS ≤ 150 KB gz (150.4 KB)",
      "home: no recharts (recharts loaded)",
    ]);
  });

  it("fails a page Lighthouse never ran, rather than passing it unmeasured", () => {
    expect(failed([page(plain, { runs: [] })])).toEqual(["home: Lighthouse ran (no run)"]);
  });
});
