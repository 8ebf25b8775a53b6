import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { answerSpreads, spreadMargin, withinSpread } from "./answer-spread";

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

describe("the spread margin and a change within it", () => {
  it("is the range over the number of answers", () => {
    // Stages 2, 3, 3, 5: (5 − 2) ÷ 4 = 0.75. All four alike: 0.
    expect(spreadMargin({ low: 2, high: 5, answered: 4 })).toBe(0.75);
    expect(spreadMargin({ low: 3, high: 3, answered: 4 })).toBe(0);
  });

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
    expect(withinSpread(delta, before, after)).toBe(within);
  });
});
