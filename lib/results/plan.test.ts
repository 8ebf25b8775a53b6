import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { agreementFixture, mixedAnswers, stagesFixture, stepsFixture } from "../../test/fixtures";
import { choose } from "../questionnaire/answers";
import { scoreAgreement } from "../scoring/agreement";
import { scoreStages } from "../scoring/stages";
import { buildPlan } from "./plan";
import { resolveTargets } from "./targets";

const journey = stagesFixture();
const blunders = agreementFixture();

const steps = stepsFixture();

// a 2.25 (rounds to 2), b 6, c 3.5 (rounds down to 3).
const score = scoreStages(journey, mixedAnswers());
const titles = (plan: ReturnType<typeof buildPlan>) => plan.map((s) => s.title);

describe("buildPlan", () => {
  it("with default targets: one step per area, weakest first, nothing for an area at stage 6", () => {
    // a at 2.25 before c at 3.5; b, at 6, holds there.
    const plan = buildPlan({ words: EN, journey: { score, targets: resolveTargets(score, undefined), steps } });
    expect(titles(plan)).toEqual(["a 2→3", "c 3→4"]);
  });

  it("climbs every stage between where an area stands and its target", () => {
    // a aims for 5: three steps from its rounded stage 2; it is the weakest, so first.
    const plan = buildPlan({ words: EN, journey: { score, targets: resolveTargets(score, { a: 5, c: 6 }), steps } });
    // c aims for 6: three steps from 3.
    expect(titles(plan)).toEqual(["a 2→3", "a 3→4", "a 4→5", "c 3→4", "c 4→5", "c 5→6"]);
  });

  it("adds each blunder at risk, high risk first, with its flashpoint alternative; healthy ones add nothing", () => {
    // x: strongly agree with the blunder (0) and disagree with the alternative (25) → 13, high;
    // y: "neither" twice → 50, watch.
    const blunderScore = scoreAgreement(blunders, {
      "x-1": choose(4),
      "x-2": choose(1),
      "y-1": choose(2),
      "y-2": choose(2),
    });
    const plan = buildPlan({ words: EN, blunders: { questionnaire: blunders, score: blunderScore } });
    expect(plan.map((s) => [s.area, s.kind === "blunder" && s.band, s.step])).toEqual([
      ["Blunder X", "high", "Y instead."],
      ["Blunder Y", "watch", "Z instead."],
    ]);
    const healthy = scoreAgreement(blunders, {
      "x-1": choose(0),
      "x-2": choose(4),
      "y-1": choose(0),
      "y-2": choose(4),
    });
    expect(buildPlan({ words: EN, blunders: { questionnaire: blunders, score: healthy } })).toEqual([]);
  });

  it("puts journey steps before blunder steps", () => {
    const blunderScore = scoreAgreement(blunders, { "x-1": choose(4), "x-2": choose(0) });
    const plan = buildPlan({
      words: EN,
      journey: { score, targets: resolveTargets(score, undefined), steps },
      blunders: { questionnaire: blunders, score: blunderScore },
    });
    expect(plan.map((s) => s.kind)).toEqual(["journey", "journey", "blunder"]);
  });
});
