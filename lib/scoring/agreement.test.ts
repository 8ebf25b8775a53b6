import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW, type Answers } from "../questionnaire/answers";
import { agreementFixture } from "../../test/fixtures";
import { riskBand, scoreAgreement } from "./agreement";
import { avoidance } from "./answer-value";
import { scoreAssessment } from "./score";

const q = agreementFixture();
// x-1 and y-1 describe the blunder; x-2 and y-2 describe the alternative.
// Scale index: 0 strongly disagree, 1 disagree, 2 neither, 3 agree, 4 strongly agree.

describe("avoidance", () => {
  const blunder = { id: "b", dimension: "x", text: "", keying: "blunder" } as const;
  const alternative = { id: "a", dimension: "x", text: "", keying: "alternative" } as const;
  it.each([
    // blunder-keyed: (1 − index / 4) × 100
    [blunder, 0, 100],
    [blunder, 1, 75],
    [blunder, 2, 50],
    [blunder, 3, 25],
    [blunder, 4, 0],
    // alternative-keyed: index / 4 × 100
    [alternative, 0, 0],
    [alternative, 1, 25],
    [alternative, 2, 50],
    [alternative, 3, 75],
    [alternative, 4, 100],
  ])("%o at index %d scores %d", (question, index, expected) => {
    expect(avoidance(question, index, 5)).toBe(expected);
  });

  it("gives no value for an index off the scale", () => {
    expect(avoidance(blunder, 5, 5)).toBeUndefined();
    expect(avoidance(blunder, -1, 5)).toBeUndefined();
  });
});

describe("scoreAgreement", () => {
  it.each<{
    name: string;
    answers: Answers;
    x: number | null;
    y: number | null;
    mean: number | null;
    band: string | null;
  }>([
    {
      // x: blunder strongly agree 0, alternative strongly agree 100 → 50; y the same → 50;
      // overall 50 → watch. Agreeing with everything does not look healthy.
      name: "strongly agree everywhere lands in the middle",
      answers: { "x-1": choose(4), "x-2": choose(4), "y-1": choose(4), "y-2": choose(4) },
      x: 50,
      y: 50,
      mean: 50,
      band: "watch",
    },
    {
      // x: 100 and 100 → 100; y: agree with blunder 25, disagree with alternative 25 → 25;
      // overall (100 + 25) / 2 = 62.5 → 63 (rounded) → watch
      name: "one healthy, one high-risk blunder",
      answers: { "x-1": choose(0), "x-2": choose(4), "y-1": choose(3), "y-2": choose(1) },
      x: 100,
      y: 25,
      mean: 63,
      band: "watch",
    },
    {
      // x: only x-2 answered (1 of 2 = half) → 75; y: both "don't know" → not enough answers;
      // one of two blunders scored is half → overall 75 → healthy
      name: "don't know and partial answers",
      answers: { "x-2": choose(3), "y-1": DONT_KNOW, "y-2": DONT_KNOW },
      x: 75,
      y: null,
      mean: 75,
      band: "healthy",
    },
    {
      // x: neither 50, agree with alternative 75 → 62.5 → 63 → watch; y: no answers → null
      name: "averages are rounded to whole numbers",
      answers: { "x-1": choose(2), "x-2": choose(3) },
      x: 63,
      y: null,
      mean: 63,
      band: "watch",
    },
    { name: "no answers", answers: {}, x: null, y: null, mean: null, band: null },
  ])("$name", ({ answers, x, y, mean, band }) => {
    const score = scoreAgreement(q, answers);
    expect(score.dimensions.map((d) => d.score)).toEqual([x, y]);
    expect(score.mean).toBe(mean);
    expect(score.band).toBe(band);
  });

  it("bands every blunder from its shown score", () => {
    // x: 0 and 0 → 0 → high; y: 100 and 100 → healthy
    const score = scoreAgreement(q, { "x-1": choose(4), "x-2": choose(0), "y-1": choose(0), "y-2": choose(4) });
    expect(score.dimensions.map((d) => d.band)).toEqual(["high", "healthy"]);
  });
});

describe("riskBand", () => {
  it.each([
    [0, "high"],
    [39, "high"],
    [40, "watch"],
    [69, "watch"],
    [70, "healthy"],
    [100, "healthy"],
  ] as const)("%d is %s", (score, band) => {
    expect(riskBand(score)).toBe(band);
  });
});

describe("scoreAssessment", () => {
  it("drops answers that do not belong to the questionnaire before scoring", () => {
    // "z-9" is not a question and x-1's index 7 is off the scale: only x-2 (75) counts
    const score = scoreAssessment(q, { "z-9": choose(0), "x-1": choose(7), "x-2": choose(3) });
    expect(score.kind).toBe("agreement");
    expect(score.dimensions[0]).toMatchObject({ answered: 1, score: 75 });
  });
});
