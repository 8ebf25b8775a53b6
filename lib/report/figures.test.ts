import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { bandClaim, riskBand, type AgreementScore } from "../scoring/agreement";
import { avoidanceWithBand, blundersHeadline, spreadText, stageFigure, stageOfSix } from "./figures";

const counts = { total: 4, answered: 4, dontKnow: 0 };
/** A blunders score from each blunder's avoidance; the overall is their rounded mean. */
function blunders(...scores: (number | null)[]): AgreementScore {
  const dimensions = scores.map((score, i) => ({
    id: `b${i}`,
    name: `Blunder ${i}`,
    ...counts,
    score,
    band: score === null ? null : riskBand(score),
  }));
  const scored = scores.flatMap((s) => (s === null ? [] : [s]));
  const mean = scored.length === 0 ? null : Math.round(scored.reduce((a, b) => a + b, 0) / scored.length);
  return { kind: "agreement", dimensions, mean, band: mean === null ? null : riskBand(mean) };
}

describe("figures with their scale", () => {
  it("gives every stage figure its scale", () => {
    expect(stageFigure(2.75, EN)).toBe("2.75 of 6");
    expect(stageFigure(10 / 3, EN)).toBe("3.33 of 6");
    expect(stageOfSix(3, EN)).toBe("stage 3 of 6");
    expect(stageOfSix(3, EN, true)).toBe("Stage 3 of 6");
  });

  it.each([
    [39, "39 / 100 · High risk"],
    [40, "40 / 100 · Worth watching"],
    [69, "69 / 100 · Worth watching"],
    [70, "70 / 100 · Healthy"],
  ])("writes avoidance %i with its band", (score, text) => {
    expect(avoidanceWithBand(bandClaim(score), EN)).toBe(text);
  });
});

describe("the blunders headline", () => {
  it("gives the overall its own band, and the blunders at risk apart: the case that was reported", () => {
    // (80 + 30 + 35 + 45 + 25) / 5 = 43: worth watching overall, with three blunders at high risk.
    const headline = blundersHeadline(blunders(80, 30, 35, 45, 25), EN);
    expect(headline).toMatchObject({
      overall: { value: 43, band: "watch", label: "Worth watching", from: 40, below: 70 },
      value: "43 / 100 overall",
      detail: "3 of 5 blunders at high risk: Blunder 1 (30 / 100), Blunder 2 (35 / 100), Blunder 4 (25 / 100).",
    });
    expect(headline?.high.map((b) => b.id)).toEqual(["b1", "b2", "b4"]);
  });

  it("names each band in its own words", () => {
    // (20 + 90) / 2 = 55; (50 + 90 + 60) / 3 = 66.67 → 67; (70 + 90) / 2 = 80.
    expect(blundersHeadline(blunders(20, 90), EN)).toMatchObject({
      overall: { band: "watch" },
      detail: "1 of 2 blunders at high risk: Blunder 0 (20 / 100).",
    });
    expect(blundersHeadline(blunders(50, 90, 60), EN)).toMatchObject({
      overall: { band: "watch" },
      detail: "0 of 3 blunders at high risk.",
    });
    expect(blundersHeadline(blunders(70, 90), EN)).toMatchObject({
      overall: { band: "healthy" },
      detail: "0 of 2 blunders at high risk.",
    });
    expect(blundersHeadline(blunders(75, null), EN)?.detail).toBe("0 of 1 blunder at high risk.");
  });

  it("says nothing without an overall score", () => {
    expect(blundersHeadline(blunders(null, null), EN)).toBeNull();
  });
});

describe("how far one leader's answers agree", () => {
  it.each([
    [{ low: 2, high: 5, answered: 4 }, "stages", "answers span stages 2–5"],
    [{ low: 3, high: 3, answered: 4 }, "stages", "all 4 answers at stage 3"],
    [{ low: 4, high: 4, answered: 1 }, "stages", "one answer, at stage 4"],
    [{ low: 25, high: 100, answered: 3 }, "agreement", "answers span 25–100 / 100"],
  ] as const)("%o reads %s", (spread, kind, text) => {
    expect(spreadText(spread, kind, EN)).toBe(text);
  });
});
