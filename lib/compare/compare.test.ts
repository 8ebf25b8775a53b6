import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { choose, type Answers } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { compareResults } from "./compare";
import { decodeCompareFragment, encodeCompareFragment } from "./compare-link";

const catalogue = [stagesFixture(), agreementFixture()];
const result = (answers: Answers) => ({ assessments: [{ questionnaireId: "mini", version: 1, answers }] });

describe("compareResults", () => {
  it("gives the change per area and of the overall stage", () => {
    // before: a = stages 2,2 → 2; b = 1,1 → 1; mean 1.5 → stage 1
    // after:  a = 5,5 → 5; b = 1,1 → 1; c = 3,3 → 3; mean 3 → stage 3
    const before = result({ "a-1": choose(1), "a-4": choose(1), "b-1": choose(0), "b-2": choose(0) });
    const after = result({
      "a-1": choose(4),
      "a-4": choose(4),
      "b-1": choose(0),
      "b-2": choose(0),
      "c-1": choose(2),
      "c-2": choose(2),
    });
    const { comparisons, unmatched } = compareResults(before, after, catalogue, EN);
    expect(unmatched).toEqual([]);
    expect(
      comparisons[0]?.dimensions.map((d) => [d.id, d.before, d.after, d.change?.delta, d.change?.verdict]),
    ).toEqual([
      ["a", 2, 5, 3, "progress"],
      ["b", 1, 1, 0, "unchanged"],
      ["c", null, 3, undefined, undefined],
    ]);
    // The averages behind those stages: (2 + 1) / 2 = 1.5 → (5 + 1 + 3) / 3 = 3, a rise of 1.5.
    // Every answer agreed within its area (margins 0), so only rounding's 0.02 is allowed.
    expect(comparisons[0]?.average).toEqual({
      before: 1.5,
      after: 3,
      change: { of: "average", before: 1.5, after: 3, delta: 1.5, margin: 0.02, verdict: "progress" },
    });
    // The overall stage, the average rounded, rose with it.
    expect(comparisons[0]?.overall).toMatchObject({ before: 1, after: 3, change: { verdict: "progress" } });
    expect(comparisons[0]?.moved.map((m) => m.questionId)).toEqual(["a-1", "a-4", "c-1", "c-2"]);
  });

  it("reports a fall and names assessments found in only one result", () => {
    const before = {
      assessments: [
        ...result({ "a-1": choose(5), "a-4": choose(5) }).assessments,
        { questionnaireId: "mini-blunders", version: 1, answers: {} },
      ],
    };
    const after = result({ "a-1": choose(0), "a-4": choose(0) });
    const { comparisons, unmatched } = compareResults(before, after, catalogue, EN);
    expect(comparisons[0]?.dimensions[0]).toMatchObject({
      before: 6,
      after: 1,
      change: { delta: -5, verdict: "decline" },
    });
    expect(unmatched).toEqual(["Mini blunders"]);
    // One area of three scored on each side: too few for an average, so neither has one.
    expect(comparisons[0]?.average).toEqual({ before: null, after: null, change: null });
  });
});

describe("compare links", () => {
  it("round-trip both result fragments", () => {
    const before = "v=1&mini=1.AB&label=A+%26+B";
    const after = "v=1&mini=1.CD";
    expect(decodeCompareFragment(`#${encodeCompareFragment(`#${before}`, after)}`)).toEqual({ before, after });
    expect(decodeCompareFragment("")).toEqual({ before: "", after: "" });
  });
});

describe("a change within the spread of the leader's answers", () => {
  it("is marked when smaller than one answer moving across the spread", () => {
    // a before: stages 2 and 5 → 3.5, spread (5 − 2) ÷ 2 = 1.5. After: 3 and 5 → 4. A change of
    // 0.5 is within it. b: 1, 1 → 6, 6 (each side alike, no spread): a change of 5 is a change.
    const before = result({ "a-1": choose(1), "a-4": choose(4), "b-1": choose(0), "b-2": choose(0) });
    const after = result({ "a-1": choose(2), "a-4": choose(4), "b-1": choose(5), "b-2": choose(3) });
    const [c] = compareResults(before, after, catalogue, EN).comparisons;
    expect(c?.dimensions.map((d) => [d.id, d.change?.delta, d.change?.verdict])).toEqual([
      ["a", 0.5, "within-spread"],
      ["b", 5, "progress"],
      ["c", undefined, undefined],
    ]);
  });
});
