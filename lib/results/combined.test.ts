import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { scoreAgreement } from "../scoring/agreement";
import { scoreStages } from "../scoring/stages";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { connectResults } from "./combined";

const combined = {
  intro: "Intro.",
  links: [
    { blunder: "x", journey: ["a", "b"], why: "X holds back A and B." },
    { blunder: "y", journey: ["c", "zzz"], why: "Y holds back C." },
  ],
};

describe("connectResults", () => {
  // Journey: a = 1 (four answers at stage 1), b = 6 (two at 6), c = not enough answers
  const journey = scoreStages(stagesFixture(), {
    "a-1": choose(0),
    "a-2": choose(0),
    "a-3": choose(0),
    "a-4": choose(0),
    "b-1": choose(5),
    "b-2": choose(3),
  });

  it("lists blunders at risk, high first, with the journey areas they hold back", () => {
    // x: agree with the blunder (25), agree with the alternative (75) → 50, watch;
    // y: strongly agree with blunder (0) and strongly disagree with alternative (0) → 0 high
    const blunders = scoreAgreement(agreementFixture(), {
      "x-1": choose(3),
      "x-2": choose(3),
      "y-1": choose(4),
      "y-2": choose(0),
    });
    expect(connectResults(journey, blunders, combined)).toEqual([
      {
        blunderId: "y",
        blunderName: "Blunder Y",
        band: "high",
        why: "Y holds back C.",
        areas: [{ id: "c", name: "Area C", score: null }],
      },
      {
        blunderId: "x",
        blunderName: "Blunder X",
        band: "watch",
        why: "X holds back A and B.",
        areas: [
          { id: "a", name: "Area A", score: 1 },
          { id: "b", name: "Area B", score: 6 },
        ],
      },
    ]);
  });

  it("leaves out healthy and unscored blunders", () => {
    // x: disagree with blunder (75), agree with alternative (75) → healthy; y unanswered
    const blunders = scoreAgreement(agreementFixture(), { "x-1": choose(1), "x-2": choose(3) });
    expect(connectResults(journey, blunders, combined)).toEqual([]);
  });
});
