import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { ORDER_RULE } from "../results/area-order";
import { RISK_THRESHOLDS, riskBand } from "../scoring/agreement";
import { AVERAGE_ROUNDING } from "../scoring/progress";
import { scoringRules } from "./scoring-rules";

// The page's rules are the report's constants: each range holds exactly the scores its band
// takes, and each worked example says what the rule it illustrates decides.
const rules = scoringRules(EN);

describe("what /how-scoring-works/ states", () => {
  it("gives each band the range the report bands by", () => {
    expect(rules.bands.map((b) => [b.label, b.range])).toEqual([
      ["High risk", `below ${RISK_THRESHOLDS.watch}`],
      ["Worth watching", `${RISK_THRESHOLDS.watch} to ${RISK_THRESHOLDS.healthy - 1}`],
      ["Healthy", `${RISK_THRESHOLDS.healthy} or more`],
    ]);
    // Every whole score from 0 to 100 falls in the range of the band riskBand gives it.
    for (let score = 0; score <= 100; score += 1) {
      const band = rules.bands.find((b) => b.band === riskBand(score))!;
      const [from, to] = band.range.startsWith("below")
        ? [0, Number(band.range.split(" ")[1]) - 1]
        : band.range.endsWith("or more")
          ? [Number(band.range.split(" ")[0]), 100]
          : band.range.split(" to ").map(Number);
      expect(score >= from! && score <= to!, `${score} in ${band.range}`).toBe(true);
    }
  });

  it("works its examples out by the rules it states", () => {
    // Stages 2, 3, 3, 5: (5 − 2) ÷ 4 = 0.75; one answer a stage up (0.25) is within it, every
    // answer a stage up (1) is progress.
    expect(rules.spread).toEqual({
      answers: [2, 3, 3, 5],
      low: 2,
      high: 5,
      margin: "0.75",
      small: "a move of 0.25 is “within the spread of your answers”",
      large: "a move of 1 is progress",
    });
    // Margins 1.5, 0, 0 average 0.5; + 0.02 for rounding = 0.52; a rise of 0.17 is within it.
    expect(rules.average).toMatchObject({ mean: "0.5", rounding: "0.02", margin: "0.52", rise: "0.17" });
    expect(rules.average.verdict).toBe("“within the spread of your answers”");
    expect(rules.blundersRounding).toBe(AVERAGE_ROUNDING.agreement);
    expect(rules.order).toBe(ORDER_RULE.stages);
  });
});
