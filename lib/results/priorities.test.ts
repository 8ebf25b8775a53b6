import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { agreementFixture, mixedAnswers, stagesFixture, stepsFixture } from "../../test/fixtures";
import { choose } from "../questionnaire/answers";
import { scoreAgreement } from "../scoring/agreement";
import { scoreStages } from "../scoring/stages";
import { buildPlan } from "./plan";
import { blunderPriorities, journeyPriorities } from "./priorities";
import { resolveTargets } from "./targets";

const steps = stepsFixture();

describe("journeyPriorities", () => {
  // a 2.25, b 6, c 3.5.
  const score = scoreStages(stagesFixture(), mixedAnswers());

  it("lists the weakest areas first, each with its first step in the plan", () => {
    const plan = buildPlan({ words: EN, journey: { score, targets: resolveTargets(score, { a: 5 }), steps } });
    expect(journeyPriorities(score, plan, EN).map((p) => [p.area, p.shown, p.action?.title ?? null])).toEqual([
      ["Area A", "2.25 of 6", "a 2→3"],
      ["Area C", "3.5 of 6", "c 3→4"],
      // Area B is at stage 6 already: its target holds it there, so there is no step.
      ["Area B", "6 of 6", null],
    ]);
  });
});

describe("blunderPriorities", () => {
  it("lists the blunders at risk, lowest avoidance first, with their alternative", () => {
    const blunders = agreementFixture();
    // x: 13 (high), y: 50 (watch).
    const score = scoreAgreement(blunders, { "x-1": choose(4), "x-2": choose(1), "y-1": choose(2), "y-2": choose(2) });
    const plan = buildPlan({ words: EN, blunders: { questionnaire: blunders, score } });
    expect(blunderPriorities(plan, EN).map((p) => [p.area, p.shown, p.band, p.action?.step])).toEqual([
      ["Blunder X", "13 / 100 · High risk", "high", "Y instead."],
      ["Blunder Y", "50 / 100 · Worth watching", "watch", "Z instead."],
    ]);
  });
});

describe("the priorities and the plan", () => {
  it("follow one order, weakest first, even where a stronger area has the bigger gap to its default target", () => {
    // a: stages 4, 4, 4, 3 → 3.75, which rounds to 4: default target 5, a gap of 1.25.
    // b: 3 and 3 → 3, target 4, gap 1. c: 2 and 2 → 2, target 3, gap 1.
    // Weakest first is c, b, a; by the biggest gap the plan put a, the strongest, first.
    const answers = {
      "a-1": choose(3),
      "a-2": choose(2),
      "a-3": choose(2),
      "a-4": choose(2),
      "b-1": choose(2),
      "b-2": choose(2),
      "c-1": choose(1),
      "c-2": choose(1),
    };
    const score = scoreStages(stagesFixture(), answers);
    const plan = buildPlan({ words: EN, journey: { score, targets: resolveTargets(score, undefined), steps } });
    expect(journeyPriorities(score, plan, EN).map((p) => p.id)).toEqual(["c", "b", "a"]);
    expect(plan.map((s) => s.title)).toEqual(["c 2→3", "b 3→4", "a 4→5"]);
  });
});
