import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { answerSpreads, spreadMargin } from "./answer-spread";

// Option stages in the fixture:
//   a-1: 1 2 3 4 5 6   a-2: 1 3 4 6   a-3: 1 2 4 5 6   a-4: 1 2 3 4 5 6   b-1: 1 2 3 4 5 6   b-2: 1 2 3 6

describe("answerSpreads", () => {
  it("takes the lowest and highest stage answered in each area, leaving out don't know", () => {
    // a: a-1 → 2, a-2 → 3, a-3 "don't know", a-4 → 5: spread 2–5 over 3 answers. b: b-1 → 4 only.
    const spreads = answerSpreads(stagesFixture(), {
      "a-1": choose(1),
      "a-2": choose(1),
      "a-3": DONT_KNOW,
      "a-4": choose(4),
      "b-1": choose(3),
    });
    expect(spreads).toEqual({ a: { low: 2, high: 5, answered: 3 }, b: { low: 4, high: 4, answered: 1 } });
  });

  it("ignores an answer past a question's options, as scoring does", () => {
    expect(answerSpreads(stagesFixture(), { "b-2": choose(9), "b-1": choose(0) })).toEqual({
      b: { low: 1, high: 1, answered: 1 },
    });
  });

  it("reads the blunders as avoidance, 0–100", () => {
    // x-1 is keyed to the blunder: "agree" (index 3) → 25. x-2 to the alternative: "agree" → 75.
    expect(answerSpreads(agreementFixture(), { "x-1": choose(3), "x-2": choose(3) })).toEqual({
      x: { low: 25, high: 75, answered: 2 },
    });
  });
});

describe("the spread margin", () => {
  it("is the range over the number of answers", () => {
    // Stages 2, 3, 3, 5: (5 − 2) ÷ 4 = 0.75. All four alike: 0.
    expect(spreadMargin({ low: 2, high: 5, answered: 4 })).toBe(0.75);
    expect(spreadMargin({ low: 3, high: 3, answered: 4 })).toBe(0);
  });
});
