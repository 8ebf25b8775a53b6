import { describe, expect, it } from "vitest";
import type { Verdict } from "./check-budgets";
import { renderReport } from "./render-report";
import type { BenchResults } from "./results";

const results: BenchResults = {
  date: "2026-11-22 12:00",
  seconds: 300,
  machine: { node: "v20.20.2", cpus: 2, cpuModel: "Test CPU", loadAverage: 1.25 },
  lighthouseVersion: "13.5.0",
  runs: 3,
  pages: [
    {
      page: { name: "home", path: "/", charts: false },
      lighthouse: {
        performance: 96,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
        lcpMs: 1617,
        tbtMs: 228.5,
        cls: 0,
        cpuIndex: 2055,
      },
      weight: {
        jsKb: 172.84,
        jsFiles: 8,
        lateJsKb: 37.3,
        cssKb: 3.9,
        fontKb: 0,
        dataKb: 0,
        ready: true,
        recharts: false,
        scripts: [],
      },
    },
  ],
  links: [],
  scoring: [{ questionnaire: "journey", usPerCall: 45.04 }],
  aggregation: [{ links: 500, ms: null, note: "error: no catalogue" }],
  longTasks: [{ cpuSlowdown: 4, count: 3, maxMs: 120.4, totalMs: 300 }],
  build: {
    status: "skipped",
    site: { articles: 17, ms: 34_728, phases: { compileMs: 7700, typesMs: 15_000, pagesMs: null } },
  },
};
const verdicts: Verdict[] = [{ subject: "home", rule: "JS ≤ 150 KB gz", actual: "172.8 KB", status: "fail" }];

describe("renderReport", () => {
  const report = renderReport(results, verdicts);

  it("prints one row a page, with the figures rounded as people read them", () => {
    expect(report).toContain(
      "| home | 96 | 100 | 100 | 100 | 1,617 | 229 | 0.00 | 172.8 (8) | 37.3 | 3.9 | 0.0 | no | 2055 |",
    );
  });

  it("says when the machine was too busy for the performance figures to be fair", () => {
    expect(report).not.toContain("other work slowed the CPU");
    const [home] = results.pages;
    if (!home) throw new Error("fixture changed");
    const busy = { ...results, pages: [{ ...home, lighthouse: { ...home.lighthouse, cpuIndex: 693 } }] };
    expect(renderReport(busy, [])).toContain("CPU index below 1000 on home: other work slowed the CPU");
  });

  it("prints times, missing figures and verdicts plainly", () => {
    expect(report).toContain("| scoreAssessment, journey | 45.0 µs per call |");
    expect(report).toContain("| aggregate 500 links | error: no catalogue |");
    expect(report).toContain(
      "| long tasks answering the journey, CPU 4× slower | 3 over 50 ms, longest 120 ms, 300 ms in all |",
    );
    expect(report).toContain("| build, site with 17 articles | 34,728 ms (compile 7.7 s, types 15.0 s) |");
    expect(report).toContain("| build scaling | skipped (--quick) |");
    expect(report).toContain("| home | JS ≤ 150 KB gz | 172.8 KB | **FAIL** |");
  });
});
