import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { answerValue, optionValue } from "./answer-value";

describe("answerValue", () => {
  const journey = stagesFixture();
  const blunders = agreementFixture();
  const [a1, a2] = journey.questions;
  const [blunderKeyed, alternativeKeyed] = blunders.questions;

  it.each([
    // a-2 offers stages [1, 3, 4, 6]: its third option (index 2) evidences stage 4.
    ["a-2, third option", () => answerValue(journey, a2!, choose(2)), 4],
    // a-1 offers every stage, so option index 5 is stage 6.
    ["a-1, last option", () => answerValue(journey, a1!, choose(5)), 6],
    // Five points: index 3 is "Agree", 3/4 of the way. Agreeing with a blunder: (1 − 0.75) × 100 = 25.
    ["'Agree' with a blunder", () => answerValue(blunders, blunderKeyed!, choose(3)), 25],
    // Agreeing with the alternative: 0.75 × 100 = 75.
    ["'Agree' with its alternative", () => answerValue(blunders, alternativeKeyed!, choose(3)), 75],
    // "Neither" (index 2) is half way either way: 50.
    ["'Neither'", () => answerValue(blunders, blunderKeyed!, choose(2)), 50],
    ["'Don't know'", () => answerValue(journey, a1!, DONT_KNOW), null],
    ["no answer", () => answerValue(journey, a1!, undefined), null],
    // a-2 has four options, so index 4 points past them: not evidence of anything.
    ["an index past the options", () => answerValue(journey, a2!, choose(4)), null],
  ])("%s", (_case, value, expected) => {
    expect(value()).toBe(expected);
  });

  it("is the value scoring counts, so optionValue and answerValue agree", () => {
    for (const q of journey.questions) {
      for (let i = 0; i < 6; i += 1)
        expect(answerValue(journey, q, choose(i))).toBe(optionValue(journey, q, i) ?? null);
    }
  });
});
