import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { mixedAnswers, stagesFixture, stepsFixture } from "../../test/fixtures";
import type { ImportanceByArea } from "../link/importance";
import { scoreStages, type Stage } from "../scoring/stages";
import { rankWeakestFirst } from "./area-order";
import { quadrantClaims, quadrantOf, withImportance } from "./importance";
import { buildPlan } from "./plan";
import { journeyPriorities } from "./priorities";
import { resolveTargets } from "./targets";

const items = (scores: Record<string, number | null>) => Object.entries(scores).map(([id, score]) => ({ id, score }));

describe("rankWeakestFirst with importance", () => {
  // p 2, q 3, r 4, s 5, t 2: weakest first is p, t (tie, questionnaire order), q, r, s.
  const five = items({ p: 2, q: 3, r: 4, s: 5, t: 2 });
  it.each<[string, ImportanceByArea | undefined, string[]]>([
    ["nothing marked: weakest first alone", undefined, ["p", "t", "q", "r", "s"]],
    ["an empty mark is nothing marked", {}, ["p", "t", "q", "r", "s"]],
    // Critical r (4) and s (5) lead, weakest first between them; the unmarked follow.
    ["two areas critical lead the order", { r: "critical", s: "critical" }, ["r", "s", "p", "t", "q"]],
    // Critical s, then important q, then the unmarked p (2) and r (4), and less important t last.
    ["each group in turn", { s: "critical", q: "important", t: "less" }, ["s", "q", "p", "r", "t"]],
    // Marking every area the same is as if none were marked.
    [
      "all one level keeps weakest first",
      { p: "less", q: "less", r: "less", s: "less", t: "less" },
      ["p", "t", "q", "r", "s"],
    ],
  ])("%s", (_, importance, order) => {
    expect(rankWeakestFirst(five, importance).map((x) => x.id)).toEqual(order);
  });

  it("leaves out areas without a score, marked or not", () => {
    expect(rankWeakestFirst(items({ p: null, q: 3 }), { p: "critical" }).map((x) => x.id)).toEqual(["q"]);
  });
});

describe("the plan and the priorities with importance", () => {
  // a 2.25 (stage 2), b 6, c 3.5 (stage 3): weakest first a, c, b.
  const score = scoreStages(stagesFixture(), mixedAnswers());
  const targets = resolveTargets(score, undefined);
  const steps = stepsFixture();
  it("start with the area marked critical, even when it is not the weakest", () => {
    const importance: ImportanceByArea = { c: "critical" };
    const plan = buildPlan({ words: EN, journey: { score, targets, steps, importance } });
    expect(plan.map((s) => s.title)).toEqual(["c 3→4", "a 2→3"]);
    expect(journeyPriorities(score, plan, EN, importance).map((p) => p.id)).toEqual(["c", "a", "b"]);
  });
  it("keep today's order when nothing is marked", () => {
    const plan = buildPlan({ words: EN, journey: { score, targets, steps } });
    expect(plan.map((s) => s.title)).toEqual(["a 2→3", "c 3→4"]);
  });
});

describe("quadrantOf", () => {
  // Upper half: critical or important; right: stage 4 or above.
  it.each<[Parameters<typeof quadrantOf>[0], Stage, string]>([
    ["critical", 1, "act-first"],
    ["important", 3, "act-first"],
    ["critical", 4, "keep-up"],
    ["important", 6, "keep-up"],
    ["less", 3, "low-priority"],
    ["less", 4, "over-invested"],
  ])("%s at stage %i is %s", (level, stage, quadrant) => {
    expect(quadrantOf(level, stage)).toBe(quadrant);
  });
});

describe("quadrantClaims", () => {
  it("places each marked, scored area by its stage now, the score rounded as the report shows it", () => {
    // c is 3.5, which rounds down to stage 3: on the left. b is 6: on the right.
    const score = scoreStages(stagesFixture(), mixedAnswers(["b", "c"]));
    const claims = quadrantClaims(score, { a: "critical", b: "less", c: "important" });
    expect(claims.map((c) => [c.id, c.stage, c.quadrant])).toEqual([
      ["b", 6, "over-invested"],
      ["c", 3, "act-first"],
    ]);
  });
});

describe("withImportance", () => {
  const result = { assessments: [{ questionnaireId: "mini", version: 1, answers: {} }] };
  it("sets, changes and clears one area, keeping the others", () => {
    const one = withImportance(result, "a", "critical");
    expect(one.importance).toEqual({ a: "critical" });
    const two = withImportance(one, "b", "less");
    expect(withImportance(two, "a", "important").importance).toEqual({ a: "important", b: "less" });
    expect(withImportance(two, "b", undefined).importance).toEqual({ a: "critical" });
  });
  it("leaves no importance in the result when the last mark is cleared", () => {
    expect("importance" in withImportance(withImportance(result, "a", "less"), "a", undefined)).toBe(false);
  });
});
