import { describe, expect, it } from "vitest";
import { scoreStages } from "../scoring/stages";
import { mixedAnswers, stagesFixture } from "../../test/fixtures";
import { changedTargets, defaultTarget, resolveTargets, targetChoices } from "./targets";

describe("defaultTarget", () => {
  it.each([
    // One above the rounded stage: 2.4 rounds to 2, so 3; 3.5 rounds down to 3, so 4; 3.51 to 4, so 5.
    [1, 2],
    [2.4, 3],
    [3.5, 4],
    [3.51, 5],
    // Never past stage 6: at 5.6 (rounds to 6) and at 6 the target is 6, hold what you have.
    [5.6, 6],
    [6, 6],
  ])("at %f the default target is %i", (score, target) => {
    expect(defaultTarget(score)).toBe(target);
  });
});

describe("targetChoices", () => {
  it("runs from where the area stands to stage 6", () => {
    expect(targetChoices(2.75)).toEqual([3, 4, 5, 6]);
    expect(targetChoices(6)).toEqual([6]);
  });
});

describe("resolveTargets", () => {
  // a: a-1 stage 2, a-2 stage 3, a-3 stage 2, a-4 stage 2 → 2.25; b: 6 and 6 → 6; c: unanswered.
  const q = stagesFixture();
  const score = scoreStages(q, mixedAnswers(["a", "b"]));

  it("defaults every scored area and leaves unscored ones without a target", () => {
    expect(resolveTargets(score, undefined)).toEqual({ a: 3, b: 6 });
  });

  it("keeps a chosen target the area can aim for, and ignores one behind it", () => {
    expect(resolveTargets(score, { a: 5 })).toEqual({ a: 5, b: 6 });
    // Stage 1 is behind area a (2.25 rounds to 2): the default stands.
    expect(resolveTargets(score, { a: 1, c: 4 })).toEqual({ a: 3, b: 6 });
  });

  it("writes only the targets that differ from the default", () => {
    expect(changedTargets(score, resolveTargets(score, { a: 5 }))).toEqual({ a: 5 });
    expect(changedTargets(score, resolveTargets(score, undefined))).toEqual({});
  });
});
