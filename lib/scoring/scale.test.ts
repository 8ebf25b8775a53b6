import { describe, expect, it } from "vitest";
import { chartScale } from "./scale";
import { overallOf, type AssessmentScore } from "./score";
import { nextStage } from "./stages";

describe("chartScale", () => {
  it("draws stages 1–6 on every stage, and avoidance 0–100 every 20 points", () => {
    expect(chartScale("stages")).toEqual({ max: 6, ticks: [1, 2, 3, 4, 5, 6] });
    expect(chartScale("agreement")).toEqual({ max: 100, ticks: [20, 40, 60, 80, 100] });
  });
});

describe("overallOf", () => {
  it("is the rounded stage for the journey, not its mean", () => {
    // Mean 3.5 rounds down to stage 3 (halves go down).
    const journey: AssessmentScore = { kind: "stages", dimensions: [], mean: 3.5, stage: 3 };
    expect(overallOf(journey)).toBe(3);
  });

  it("is the overall avoidance for the blunders", () => {
    const blunders: AssessmentScore = { kind: "agreement", dimensions: [], mean: 62, band: "watch" };
    expect(overallOf(blunders)).toBe(62);
  });

  it("is null when too few areas were scored", () => {
    expect(overallOf({ kind: "stages", dimensions: [], mean: null, stage: null })).toBeNull();
    expect(overallOf({ kind: "agreement", dimensions: [], mean: null, band: null })).toBeNull();
  });
});

describe("nextStage", () => {
  it.each([
    [1, 2],
    [3, 4],
    [5, 6],
    // Stage 6 is the end of Graham Hill's journey: there is no next stage.
    [6, null],
  ] as const)("after stage %i comes %s", (stage, next) => {
    expect(nextStage(stage)).toBe(next);
  });
});
