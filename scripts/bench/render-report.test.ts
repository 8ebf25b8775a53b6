import { describe, expect, it } from "vitest";
import type { Verdict } from "./judge";
import type { LighthouseRun } from "./lighthouse-report";
import { renderReport } from "./render-report";
import type { BenchResults, PageWeight } from "./results";

const run = (over: Partial<LighthouseRun>): LighthouseRun => ({
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1617,
  tbtMs: 28.5,
  cls: 0,
  mainThreadMs: 650,
  cpuIndex: 2055,
  ...over,
});
const weight = (jsKb: number): PageWeight => ({
  jsKb,
  jsFiles: 3,
  lateJsKb: 0,
  cssKb: 5.9,
  fontKb: 0,
  dataKb: 0,
  ready: true,
  recharts: false,
  scripts: [],
});
const timings = (us: number, ms: number) => ({
  scoring: [{ questionnaire: "journey", usPerCall: us }],
  aggregation: [{ links: 500, ms }],
});

const results: BenchResults = {
  date: "2026-12-06 12:00",
  seconds: 900,
  machine: { node: "v20.20.2", cpus: 2, cpuModel: "Test CPU", loadAverage: 1.25 },
  lighthouseVersion: "12.6.1",
  rounds: 5,
  baseline: { commit: "195c5149bf1ccb1c10e977218e5632021c6063bc", named: "bench/baseline.json, accepted 2026-12-06" },
  peer: { url: "http://127.0.0.1:4173/" },
  pages: [
    {
      page: { name: "assess journey", path: "/assess/journey/", charts: false, peer: "entry" },
      ours: [run({ mainThreadMs: 600 }), run({ mainThreadMs: 640 }), run({ mainThreadMs: 620 })],
      baseline: [run({ mainThreadMs: 700 }), run({ mainThreadMs: 720 }), run({ mainThreadMs: 710 })],
      peer: [run({ mainThreadMs: 800, tbtMs: 131 })],
      cpu: { ours: [66, 70, 68], baseline: [72, 71, 74], peer: [50] },
      weight: weight(92.4),
      baselineWeight: weight(94.5),
    },
  ],
  links: [],
  node: { ours: [timings(45.04, 60), timings(44, 58)], baseline: [timings(45, 60), timings(46, 62)] },
  longTasks: { ours: [{ cpuSlowdown: 4, count: 3, maxMs: 120.4, totalMs: 300, cpuMs: 410 }], baseline: [] },
  input: [{ input: "team box: soft-break chains", msPerMb: 1234, growth: 8.04 }],
  site: { articles: 17, ms: 34_728, phases: { compileMs: 7700, typesMs: 15_000, pagesMs: null } },
  build: { status: "skipped" },
};
const verdicts: Verdict[] = [{ subject: "assess journey", rule: "JS ≤ 150 KB gz", actual: "172.8 KB", status: "fail" }];

describe("renderReport", () => {
  const report = renderReport(results, verdicts);

  it("names what each side is: the working tree, the baseline commit and where it was named, the peer", () => {
    expect(report).toContain("Baseline: 195c514 (bench/baseline.json, accepted 2026-12-06). Peer: DORA's Quick Check");
  });

  it("prints each page's medians side by side, with the ratio to the baseline and to the peer", () => {
    // Medians 620 and 710: 620 / 710 = 0.87; 620 / 800 = 0.78.
    expect(report).toContain("| assess journey | main thread ms | 620 | 710 | ×0.87 | 800 | ×0.78 |");
    expect(report).toContain("| assess journey | CPU index | 2,055 | 2,055 | ×1.00 | 2,055 | ×1.00 |");
    // CPU time: medians 68 and 72; 68 / 72 = 0.94; 68 / 50 = 1.36.
    expect(report).toContain("| assess journey | main-thread CPU ms | 68 | 72 | ×0.94 | 50 | ×1.36 |");
  });

  it("prints the time for 1 MB of each adversarial family, with its growth from an eighth", () => {
    expect(report).toContain("| team box: soft-break chains | 1,234 ms | ×8.0 |");
  });

  it("prints Node timings side by side, and a side with no runs as n/a", () => {
    // Scoring medians: (45.04 + 44) / 2 = 44.5 and (45 + 46) / 2 = 45.5.
    expect(report).toContain("| scoreAssessment, journey | 44.5 µs | 45.5 µs | ×0.98 |");
    expect(report).toContain("| long tasks answering the journey, CPU 4× slower, in all | 300 ms | n/a | – |");
    expect(report).toContain("| main-thread CPU answering the journey | 410 ms | n/a | – |");
    expect(report).toContain("| build scaling | skipped (--quick) | skipped |");
  });

  it("prints the exact figures with the change in bytes against the baseline", () => {
    expect(report).toContain("| assess journey | 100 | 100 | 100 | 0.00 | 92.4 (3) | -2.1 | 0.0 | 5.9 | no |");
  });

  it("prints every verdict, failures marked", () => {
    expect(report).toContain("| assess journey | JS ≤ 150 KB gz | 172.8 KB | **FAIL** |");
  });
});

describe("renderReport with runs missing", () => {
  it("says which side of which page has fewer runs than rounds", () => {
    const [page] = results.pages;
    if (!page) throw new Error("fixture changed");
    const short = { ...results, pages: [{ ...page, peer: [] }] };
    expect(renderReport(short, [])).toContain(
      "Fewer runs than rounds: assess journey (ours: 3 of 5), assess journey (baseline: 3 of 5), assess journey (peer: 0 of 5).",
    );
  });
});
