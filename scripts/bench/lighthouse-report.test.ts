import { describe, expect, it } from "vitest";
import recorded from "./fixtures/lighthouse-results-page.json";
import { readLighthouseReport } from "./lighthouse-report";

// A real Lighthouse 12.6 run of /results/ with the golden "both" link, made by the bench through
// LHCI on 6 December 2026 while other builds shared the machine, trimmed to the fields it reads.
describe("readLighthouseReport", () => {
  it("reads scores as whole percentages and the four metrics in their own units", () => {
    const run = readLighthouseReport(recorded);
    expect(run).toMatchObject({
      performance: 90,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      cpuIndex: 2886,
      cls: 0,
    });
    expect(run.lcpMs).toBeCloseTo(2051.1, 1);
    expect(run.tbtMs).toBeCloseTo(370.3, 1);
    expect(run.mainThreadMs).toBeCloseTo(1636.4, 1);
  });

  it("passes Lighthouse's own reason on when the page failed to load", () => {
    const failed = { ...recorded, runtimeError: { code: "ERRORED_DOCUMENT_REQUEST", message: "Status code: 404." } };
    expect(() => readLighthouseReport(failed)).toThrow("Lighthouse ERRORED_DOCUMENT_REQUEST: Status code: 404.");
  });

  it("refuses a category without a score", () => {
    const categories = { ...recorded.categories, seo: { ...recorded.categories.seo, score: null } };
    expect(() => readLighthouseReport({ ...recorded, categories })).toThrow("no seo score");
  });

  it("refuses something that is not a Lighthouse result, naming the missing field", () => {
    expect(() => readLighthouseReport({ lighthouseVersion: "13.5.0" })).toThrow(/categories/);
  });

  it("refuses a result without the metric it needs", () => {
    const { "total-blocking-time": _, ...audits } = recorded.audits;
    expect(() => readLighthouseReport({ ...recorded, audits })).toThrow("no value for total-blocking-time");
  });
});
