import { describe, expect, it } from "vitest";
import { areaMargin, averageMargin, judgeChange, judgeStage, verdictOf } from "./progress";

describe("an area's change and the spread of the answers", () => {
  it.each([
    // One answer moving one stage of four: 0.25 < 0.75, within the spread.
    { delta: 0.25, before: { low: 2, high: 5, answered: 4 }, after: { low: 2, high: 5, answered: 4 }, within: true },
    { delta: -0.5, before: { low: 2, high: 5, answered: 4 }, after: { low: 3, high: 4, answered: 4 }, within: true },
    // Every answer up a stage: 1 ≥ 0.75, a real change.
    { delta: 1, before: { low: 2, high: 5, answered: 4 }, after: { low: 3, high: 6, answered: 4 }, within: false },
    // Exactly the margin is what one answer moving across the spread makes: within it.
    { delta: 0.75, before: { low: 2, high: 5, answered: 4 }, after: { low: 3, high: 3, answered: 4 }, within: true },
    // Compared as shown, to two decimals: 1 ÷ 3 shows as 0.33, within a margin of 1 ÷ 3.
    { delta: 0.33, before: { low: 2, high: 3, answered: 3 }, after: { low: 2, high: 2, answered: 3 }, within: true },
    { delta: 0.34, before: { low: 2, high: 3, answered: 3 }, after: { low: 2, high: 2, answered: 3 }, within: false },
    // The wider side decides: after spans 1–6 over 4 answers, 1.25.
    { delta: 1, before: { low: 3, high: 3, answered: 4 }, after: { low: 1, high: 6, answered: 4 }, within: true },
    // Answers that all agreed before, one a stage higher after: (4 − 3) ÷ 4 = 0.25, the move itself.
    { delta: 0.25, before: { low: 3, high: 3, answered: 4 }, after: { low: 3, high: 4, answered: 4 }, within: true },
    { delta: 0, before: { low: 1, high: 6, answered: 2 }, after: { low: 1, high: 6, answered: 2 }, within: false },
    { delta: 0.5, before: undefined, after: undefined, within: false },
  ])("a change of $delta is within the spread: $within", ({ delta, before, after, within }) => {
    expect(verdictOf(delta, areaMargin(before, after)) === "within-spread").toBe(within);
  });
});

describe("the verdict on a change", () => {
  it.each([
    [0, 0.5, "unchanged"],
    [0.5, 0.5, "within-spread"],
    [-0.5, 0.5, "within-spread"],
    [0.51, 0.5, "progress"],
    [-0.51, 0.5, "decline"],
    // No spread on either side: any change counts.
    [0.01, 0, "progress"],
  ] as const)("a change of %d against a margin of %d is %s", (delta, margin, verdict) => {
    expect(verdictOf(delta, margin)).toBe(verdict);
  });
});

describe("the average's margin, derived from its areas'", () => {
  it("is the mean of the areas' margins, plus what rounding can add", () => {
    // Margins 1.5, 0 and 0 average 0.5; stages are shown to two decimals: + 0.02.
    expect(averageMargin([1.5, 0, 0], "stages")).toBeCloseTo(0.52, 10);
    // Blunder margins 25 and 12.5 average 18.75; whole-number scores: + 1.
    expect(averageMargin([25, 12.5], "agreement")).toBe(19.75);
    expect(averageMargin([], "stages")).toBe(0.02);
  });

  it("judges the average's change as shown", () => {
    // 1.83 → 2: a rise of 0.17, within 0.52.
    expect(judgeChange("average", 1.83, 2, averageMargin([1.5, 0, 0], "stages"), "stages")).toMatchObject({
      delta: 0.17,
      verdict: "within-spread",
    });
    // 3.01 → 3.89: 0.88, more than the margin: progress.
    expect(judgeChange("average", 3.01, 3.89, 0.52, "stages").verdict).toBe("progress");
  });
});

describe("the overall stage follows its average", () => {
  const average = (verdict: "progress" | "decline" | "within-spread") =>
    ({ of: "average", before: 3.5, after: 3.67, delta: 0.17, margin: 0.52, verdict }) as const;

  it("moves only when the average's change counts", () => {
    expect(judgeStage(3, 4, average("within-spread")).verdict).toBe("within-spread");
    expect(judgeStage(3, 4, average("progress")).verdict).toBe("progress");
    expect(judgeStage(3, 3, average("progress")).verdict).toBe("unchanged");
    // A step against the average's direction is never called progress or decline.
    expect(judgeStage(4, 3, average("progress")).verdict).toBe("within-spread");
    expect(judgeStage(4, 3, null).verdict).toBe("within-spread");
  });
});
