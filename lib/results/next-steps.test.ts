import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import type { RecommendationSet } from "../recommendations/schema";
import { scoreAgreement } from "../scoring/agreement";
import { scoreStages } from "../scoring/stages";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { formatStageScore } from "./format";
import { nextSteps } from "./next-steps";

const rec = (dimension: string, band: RecommendationSet["items"][number]["band"]) => ({
  dimension,
  band,
  title: `${dimension} ${band}`,
  step: "Do it.",
  why: "Because.",
  articles: ["an-article"],
});

describe("nextSteps", () => {
  it("orders journey areas weakest first, with the recommendation for each band", () => {
    // a: 4 × stage 6 → 6 (advanced); b: 2, 3 → 2.5 (rounds down to 2: early); c: 4, 4 → 4 (developing)
    const q = stagesFixture();
    const score = scoreStages(q, {
      "a-1": choose(5),
      "a-2": choose(3),
      "a-3": choose(4),
      "a-4": choose(5),
      "b-1": choose(1),
      "b-2": choose(2),
      "c-1": choose(3),
      "c-2": choose(3),
    });
    const set = { questionnaire: "mini", items: [rec("a", "advanced"), rec("b", "early"), rec("c", "developing")] };
    const steps = nextSteps(score, set);
    expect(steps.map((s) => [s.dimensionId, s.band, s.recommendation?.title])).toEqual([
      ["b", "early", "b early"],
      ["c", "developing", "c developing"],
      ["a", "advanced", "a advanced"],
    ]);
  });

  it("leaves out areas without enough answers and copes with no recommendations", () => {
    const score = scoreStages(stagesFixture(), { "b-1": choose(0) });
    expect(nextSteps(score, undefined)).toEqual([
      { dimensionId: "b", dimensionName: "Area B", strength: 0, band: "early", recommendation: undefined },
    ]);
  });

  it("orders blunders by avoidance, using their risk bands", () => {
    // x: 0 and 0 → 0 (high); y: 75, 75 → 75 (healthy)
    const score = scoreAgreement(agreementFixture(), {
      "x-1": choose(4),
      "x-2": choose(0),
      "y-1": choose(1),
      "y-2": choose(3),
    });
    const steps = nextSteps(score, { questionnaire: "mini-blunders", items: [rec("x", "high"), rec("y", "healthy")] });
    expect(steps.map((s) => [s.dimensionId, s.band, s.strength])).toEqual([
      ["x", "high", 0],
      ["y", "healthy", 0.75],
    ]);
  });
});

describe("formatStageScore", () => {
  it.each([
    [3.5, "3.5"],
    [3.25, "3.25"],
    [10 / 3, "3.33"],
    [4, "4"],
    [3.545, "3.55"],
  ])("%d → %s", (v, s) => {
    expect(formatStageScore(v)).toBe(s);
  });
});
