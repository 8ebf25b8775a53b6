import { describe, expect, it } from "vitest";
import sameCode from "./fixtures/same-code-runs.json";
import slowedReport from "./fixtures/slowed-report-runs.json";
import { judge, peerClaim, ruleText } from "./judge";
import { TOLERANCES } from "./tolerances";

describe("judge: a timing side by side with the baseline", () => {
  it("states its rule from the tolerance, each bound once", () => {
    expect(ruleText(TOLERANCES.tbt)).toBe("total blocking time: no more than 15 % and 25 ms worse than the baseline");
    expect(ruleText(TOLERANCES.performance)).toBe("Lighthouse performance: no more than 2 worse than the baseline");
    expect(ruleText(TOLERANCES.aggregation)).toBe("aggregation: no more than 10 % worse than the baseline");
  });

  it("fails only beyond every bound: TBT 100 → 130 ms is 30 % but 30 ms worse", () => {
    // 130 / 100 = 1.30 > 1.15, and 130 − 100 = 30 > 25: fails.
    expect(judge("results", TOLERANCES.tbt, { ours: [130], baseline: [100] }).status).toBe("fail");
    // 20 → 40 ms: twice as long, but 20 ms no tap feels: passes.
    expect(judge("results", TOLERANCES.tbt, { ours: [40], baseline: [20] }).status).toBe("pass");
    // 400 → 450 ms: 50 ms, but 12.5 %: within the noise of a busy core.
    expect(judge("results", TOLERANCES.tbt, { ours: [450], baseline: [400] }).status).toBe("pass");
  });

  it("compares medians, so one slow run on either side decides nothing", () => {
    // Medians 102 and 100: a 900 ms outlier on our side is one run of five.
    const verdict = judge("home", TOLERANCES.tbt, {
      ours: [101, 900, 102, 99, 103],
      baseline: [100, 98, 104, 100, 97],
    });
    expect(verdict).toMatchObject({ status: "pass", actual: "102 ms against 100 ms (×1.02)" });
  });

  it("reads scores the other way round: higher is better", () => {
    // 99 → 96: 3 points lower, beyond 2.
    expect(judge("home", TOLERANCES.performance, { ours: [96], baseline: [99] }).status).toBe("fail");
    expect(judge("home", TOLERANCES.performance, { ours: [97], baseline: [99] }).status).toBe("pass");
    expect(judge("home", TOLERANCES.performance, { ours: [100], baseline: [90] }).status).toBe("pass");
  });

  it("never fails a change for the better, however large", () => {
    expect(judge("aggregate", TOLERANCES.aggregation, { ours: [200], baseline: [600] }).status).toBe("pass");
  });

  it("calls a figure missing on either side n/a, never a pass", () => {
    expect(judge("build", TOLERANCES.buildPerArticle, { ours: [50], baseline: [] }).status).toBe("n/a");
    expect(judge("build", TOLERANCES.buildPerArticle, { ours: [], baseline: [50] }).status).toBe("n/a");
  });
});

describe("peerClaim: ours beside DORA's Quick Check", () => {
  const what = { label: "main-thread work", unit: "ms", ratio: 1, peer: "DORA's Quick Check" } as const;

  it("holds when our median is no more than the peer's", () => {
    expect(peerClaim("assess journey", what, { ours: [700, 720, 710], peer: [730, 700, 760] })).toEqual({
      subject: "assess journey",
      rule: "main-thread work no more than DORA's Quick Check's",
      actual: "710 ms against 730 ms (×0.97)",
      status: "pass",
    });
    expect(peerClaim("assess journey", what, { ours: [980, 990, 970], peer: [734, 730, 740] }).status).toBe("fail");
  });

  it("is n/a without the peer's runs", () => {
    expect(peerClaim("assess journey", what, { ours: [700], peer: [] }).status).toBe("n/a");
  });
});

describe("judge on recorded runs of the same code", () => {
  // Both sides served the same site; the machine was shared with two builds (load average 7.8).
  const runs = sameCode.pages;
  const page = (name: keyof typeof runs) => runs[name];

  it("passes every page's timings, though medians differed by up to a third", () => {
    const verdicts = Object.entries(runs).flatMap(([name, figures]) => [
      judge(name, TOLERANCES.performance, figures.performance),
      judge(name, TOLERANCES.tbt, figures.tbtMs),
      judge(name, TOLERANCES.lcp, figures.lcpMs),
      judge(name, TOLERANCES.mainThread, figures.mainThreadMs),
    ]);
    expect(verdicts.filter((v) => v.status !== "pass")).toEqual([]);
    // The home page's main-thread work: medians 539 and 395 ms (×1.36), runs overlapping.
    expect(judge("home", TOLERANCES.mainThread, page("home").mainThreadMs).actual).toBe(
      "539 ms against 395 ms (×1.36); runs overlap, p = 0.02",
    );
  });

  it("passes the question flow, aggregation and scoring", () => {
    expect(judge("flow", TOLERANCES.longTasks, sameCode.longTasks).status).toBe("pass");
    expect(judge("aggregate", TOLERANCES.aggregation, sameCode.aggregate5000).status).toBe("pass");
    expect(judge("scoring", TOLERANCES.scoring, sameCode.scoringJourney).status).toBe("pass");
  });

  it("fails the same runs once ours carry 100 ms more work at mount: a regression shows through the noise", () => {
    const tbt = page("results (both)").tbtMs;
    // 100 ms of one task at 4× CPU blocks about 400 − 50 = 350 ms more in Lighthouse's simulation.
    const regressed = { ours: tbt.ours.map((ms) => ms + 350), baseline: tbt.baseline };
    expect(judge("results (both)", TOLERANCES.tbt, regressed).status).toBe("fail");
  });
});

describe("judge on the report slowed on purpose, and the same code without it", () => {
  const { slowed, same } = slowedReport;

  it("fails the report with 100 ms of busy work at mount: score, blocking time and CPU", () => {
    const verdicts = [
      judge("results (both)", TOLERANCES.performance, slowed.results.performance),
      judge("results (both)", TOLERANCES.tbt, slowed.results.tbtMs),
      judge("results (both)", TOLERANCES.loadCpu, slowed.results.loadCpuMs),
    ];
    expect(verdicts.map((v) => v.status)).toEqual(["fail", "fail", "fail"]);
    // Medians 89 against 98, 420 against 124 ms, 192 against 108 ms: every run apart.
    expect(verdicts[1]?.actual).toBe("420 ms against 124 ms (×3.39)");
  });

  it("passes the same report without it, run beside the same baseline a few minutes later", () => {
    const verdicts = [
      judge("results (both)", TOLERANCES.performance, same.results.performance),
      judge("results (both)", TOLERANCES.tbt, same.results.tbtMs),
      ...Object.entries(same.pages).map(([name, figures]) => judge(name, TOLERANCES.loadCpu, figures.loadCpuMs)),
    ];
    expect(verdicts.filter((v) => v.status !== "pass")).toEqual([]);
  });
});
