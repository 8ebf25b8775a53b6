import { describe, expect, it } from "vitest";
import recorded from "./fixtures/lighthouse-results-page.json";
import { readLighthouseReport } from "./lighthouse-report";

// A real Lighthouse 13.5 run of /results/ with the golden "both" link, trimmed to the fields
// the bench reads. It was recorded while the page was still noindex, which is why SEO reads 60.
describe("readLighthouseReport", () => {
  it("reads scores as whole percentages and the three metrics in their own units", () => {
    const run = readLighthouseReport(recorded);
    expect(run).toMatchObject({
      performance: 69,
      accessibility: 100,
      bestPractices: 100,
      seo: 60,
      cpuIndex: 1824,
      cls: 0,
    });
    expect(run.lcpMs).toBeCloseTo(3306.1, 1);
    expect(run.tbtMs).toBeCloseTo(1078.5, 1);
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
