import { EN } from "../../test/english-words";
import fc from "fast-check";
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
    expect(connectResults(journey, blunders, combined, EN)).toEqual([
      {
        blunderId: "y",
        blunderName: "Blunder Y",
        band: { value: 0, band: "high", label: "High risk", from: 0, below: 40 },
        why: "Y holds back C.",
        areas: [{ id: "c", name: "Area C", score: null }],
        sentences: [],
      },
      {
        blunderId: "x",
        blunderName: "Blunder X",
        band: { value: 50, band: "watch", label: "Worth watching", from: 40, below: 70 },
        why: "X holds back A and B.",
        areas: [
          { id: "a", name: "Area A", score: 1 },
          { id: "b", name: "Area B", score: 6 },
        ],
        // Mean (1 + 6) / 2 = 3.5: a is below it, b above.
        sentences: [
          "Likely to be holding back Area A (1 of 6), below your journey average of 3.5 of 6.",
          "Not the likely brake on Area B (6 of 6), already at or above your journey average of 3.5 of 6.",
        ],
      },
    ]);
  });

  it("leaves out healthy and unscored blunders", () => {
    // x: disagree with blunder (75), agree with alternative (75) → healthy; y unanswered
    const blunders = scoreAgreement(agreementFixture(), { "x-1": choose(1), "x-2": choose(3) });
    expect(connectResults(journey, blunders, combined, EN)).toEqual([]);
  });
});

describe("the sentences that join the two assessments", () => {
  it("never say an area is both held back and not, nor hedge a denial (property)", () => {
    const stage = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
    fc.assert(
      fc.property(stage, stage, stage, stage, fc.integer({ min: 0, max: 4 }), (a1, a2, b1, b2, agree) => {
        const answers = Object.fromEntries(
          Object.entries({ "a-1": a1, "a-2": a2, "b-1": b1, "b-2": b2 }).flatMap(([id, i]) =>
            i === null ? [] : [[id, choose(Math.min(i, 3))]],
          ),
        );
        const journey = scoreStages(stagesFixture(), answers);
        const blunders = scoreAgreement(agreementFixture(), { "x-1": choose(agree), "x-2": choose(4 - agree) });
        for (const c of connectResults(journey, blunders, combined, EN)) {
          for (const area of c.areas) {
            const naming = c.sentences.filter((s) => s.includes(`${area.name} (`));
            expect(naming.length).toBeLessThanOrEqual(1);
          }
          for (const s of c.sentences) expect(s).not.toMatch(/\bthough\b|\bbut\b/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
