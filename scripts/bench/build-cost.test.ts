import { describe, expect, it } from "vitest";
import { contentMs, marginalCost } from "./build-cost";

// Two real builds from a busy machine: compiling the 267-article copy took 60 s, the
// 1,017-article one 34.6 s, with no change to the code compiled.
const copies = [
  { articles: 267, ms: 124_446, phases: { compileMs: 60_000, typesMs: 33_300, pagesMs: 25_800 } },
  { articles: 1017, ms: 149_557, phases: { compileMs: 34_600, typesMs: 11_000, pagesMs: 97_000 } },
];

describe("marginalCost", () => {
  it("leaves compiling and type checking out of the content part", () => {
    // 124,446 − 60,000 − 33,300 = 31,146 ms
    expect(contentMs(copies[0]!)).toBe(31_146);
  });

  it("fits the cost per article through the content part, and reports whole builds beside it", () => {
    // content: (103,957 − 31,146) / 750 = 97.1 ms; whole: (149,557 − 124,446) / 750 = 33.5 ms
    const cost = marginalCost(copies);
    expect(cost.msPerArticle).toBeCloseTo(97.08, 2);
    expect(cost.wholeMsPerArticle).toBeCloseTo(33.48, 2);
  });

  it("counts a phase Next did not report as part of the content", () => {
    expect(contentMs({ articles: 1, ms: 1000, phases: { compileMs: null, typesMs: 300, pagesMs: null } })).toBe(700);
  });
});
