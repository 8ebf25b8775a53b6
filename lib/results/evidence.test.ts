import { describe, expect, it } from "vitest";
import { agreementFixture } from "../../test/fixtures";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { blunderEvidence } from "./evidence";

describe("blunderEvidence", () => {
  const q = agreementFixture();
  // x-1 is blunder-keyed, x-2 alternative-keyed; the scale runs 0 "Strongly disagree" … 4 "Strongly agree".

  it.each([
    // Agreeing with the blunder: avoidance (1 − 3/4) × 100 = 25, at the threshold, so evidence.
    ["'Agree' with the blunder", { "x-1": choose(3) }, ["x-1"]],
    // Strongly agreeing: avoidance 0.
    ["'Strongly agree' with the blunder", { "x-1": choose(4) }, ["x-1"]],
    // Disagreeing with the alternative: avoidance 1/4 × 100 = 25.
    ["'Disagree' with the alternative", { "x-2": choose(1) }, ["x-2"]],
    // "Neither" is 50: not evidence either way.
    ["'Neither'", { "x-1": choose(2), "x-2": choose(2) }, []],
    // Agreeing with the alternative is 75: the opposite of evidence.
    ["'Agree' with the alternative", { "x-2": choose(3) }, []],
    ["'Don't know'", { "x-1": DONT_KNOW }, []],
    // Answers about blunder Y never count as evidence of blunder X.
    ["another blunder's answer", { "y-1": choose(4) }, []],
  ])("%s", (_case, answers, expected) => {
    expect(blunderEvidence(q, "x", answers).map((e) => e.questionId)).toEqual(expected);
  });

  it("quotes the statement and the answer as the respondent saw them", () => {
    expect(blunderEvidence(q, "x", { "x-1": choose(4) })).toEqual([
      { questionId: "x-1", text: "We do X.", answer: "Strongly agree" },
    ]);
  });
});
