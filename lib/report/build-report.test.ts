import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import type { SharedResult } from "../link/result-schema";
import { choose, type Answers } from "../questionnaire/answers";
import { blundersOf, journeyOf } from "../questionnaire/catalogue";
import { buildReport, withTarget } from "./build-report";

// The report model over the real content, as the results page builds it.
const catalogue = loadCatalogue();
const content = loadReportContent();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const blunders = blundersOf(loadCurrentQuestionnaires())!;
const nameOf = (area: string, stage: number) =>
  content.areaStages.areas.find((a) => a.area === area)!.stages[stage - 1]!.name;

/** Each question of an area answered at one stage: the area's score is that stage exactly. */
function atStages(stages: Record<string, number>): Answers {
  return Object.fromEntries(
    journey.questions.map((q) => [q.id, choose(q.options.findIndex((o) => o.stage === (stages[q.dimension] ?? 1)))]),
  );
}
// Every area has options at stages 1 and 6; 2–5 vary, so areas here sit at 1 or 6 except where
// an option exists for every question (checked below).
const stages = {
  leadership: 1,
  structure: 6,
  accountability: 1,
  insight: 6,
  "touch-points": 6,
  people: 1,
  processes: 6,
};
const result = (answers: Answers, more: Partial<SharedResult> = {}): SharedResult => ({
  assessments: [
    { questionnaireId: journey.id, version: journey.version, answers },
    // "Agree" with everything: a blunder stated is present, so all are at risk.
    {
      questionnaireId: blunders.id,
      version: blunders.version,
      answers: Object.fromEntries(blunders.questions.map((q) => [q.id, choose(3)])),
    },
  ],
  date: "2026-11-22",
  ...more,
});
const model = buildReport(result(atStages(stages)), catalogue, content);

describe("buildReport", () => {
  it("names the three weakest areas as priorities, with their scale and first step", () => {
    // Leadership, accountability and people are at stage 1, in questionnaire order.
    expect(model.priorities.map((p) => [p.id, p.shown, p.action?.kind === "journey" && p.action.from])).toEqual([
      ["leadership", "1 of 6", 1],
      ["accountability", "1 of 6", 1],
      ["people", "1 of 6", 1],
    ]);
  });

  it("orders the plan weakest first, as the priorities, naming each stage in its own area's words", () => {
    // Areas at 1 come first, in questionnaire order; areas at 6 hold there, with no step.
    const journeySteps = model.plan.steps.filter((s) => s.kind === "journey");
    expect(journeySteps.map((s) => s.dimensionId)).toEqual(["leadership", "accountability", "people"]);
    expect(journeySteps[0]?.where).toBe(`Stage 1 → 2 of 6: ${nameOf("leadership", 1)} → ${nameOf("leadership", 2)}`);
    // Then the blunders at risk, lowest avoidance first.
    const blunderSteps = model.plan.steps.filter((s) => s.kind === "blunder");
    expect(blunderSteps.length).toBeGreaterThan(0);
    expect(blunderSteps[0]?.where).toMatch(/^(High risk|Worth watching) \(\d+ \/ 100\) → Healthy \(70 \/ 100\)$/);
    expect(model.plan.hint).toBe(`${model.plan.steps.length} steps, weakest first; set your targets`);
    expect(model.order).toBe("Weakest first, as in your plan: lowest stage now first, ties in questionnaire order.");
  });

  it("shows each area's stage and target in its own words, never another area's", () => {
    const people = model.journey!.areas.find((a) => a.id === "people")!;
    expect(people).toMatchObject({
      figure: "1 of 6",
      stage: { stage: 1, name: nameOf("people", 1) },
      target: { stage: 2, name: nameOf("people", 2) },
      gap: "1",
      spread: `all ${journey.questions.filter((q) => q.dimension === "people").length} answers at stage 1`,
    });
    expect(people.choices[0]).toEqual({ stage: 1, label: `Stage 1: ${nameOf("people", 1)} (hold)` });
    expect(model.journey!.overall?.text).toMatch(/^Stage \d of 6: /);
    expect(model.journey!.radar.notes?.people).toEqual([
      `Now 1 of 6: ${nameOf("people", 1)}`,
      `Target stage 2 of 6: ${nameOf("people", 2)}`,
      people.spread,
    ]);
  });

  it("says how the two assessments relate, and explains flashpoint where it first appears", () => {
    expect(model.relation).toMatch(/tends to hold back .* below your journey average of [\d.]+ of 6/);
    // The plan's blunder steps mention flashpoint businesses, and the plan comes first.
    expect(model.flashpoint).toEqual({ in: "plan", text: content.messages.results.flashpoint });
    const journeyOnly = buildReport({ assessments: [result(atStages(stages)).assessments[0]!] }, catalogue, content);
    expect(journeyOnly.flashpoint).toBeNull();
    expect(journeyOnly.relation).toBeNull();
  });

  it("shows the change since last time, a change within the spread of the answers said so", () => {
    // Last time leadership was all at stage 1; now one of its n questions moved to stage 6. The
    // average rises by 5 ÷ n, exactly what one answer moving across this time's spread (1–6)
    // makes: within the spread of the answers, not progress.
    const first = journey.questions.find((q) => q.dimension === "leadership")!;
    const now = { ...atStages(stages), [first.id]: choose(first.options.length - 1) };
    const previous = { ...result(atStages(stages)), date: "2025-11-20" };
    const later = buildReport({ ...result(now), previous }, catalogue, content);
    expect(later.since?.hint).toBe("Since your result of 20 November 2025");
    const rows = later.since!.views.find((v) => v.questionnaireId === journey.id)!.rows;
    const n = journey.questions.filter((q) => q.dimension === "leadership").length;
    expect(rows.find((r) => r.id === "leadership")).toMatchObject({
      before: "1",
      tone: "spread",
      change: expect.stringMatching(/^\+[\d.]+, within the spread of your answers$/),
    });
    expect(rows.find((r) => r.id === "leadership")?.after).toBe(String(Math.round((100 * (n + 5)) / n) / 100));
    expect(rows.find((r) => r.id === "structure")).toMatchObject({ change: "= unchanged", tone: "unchanged" });
  });

  it("says on a retake whether the targets it carries were reached, and plans toward the rest", () => {
    // Last time leadership and accountability were at stage 1, aiming for 3 and 4. Now
    // leadership is at 6: reached. Accountability is still at 1: not reached, and the plan still
    // climbs to 4 rather than to the default one stage up.
    const previous = { ...result(atStages(stages)), date: "2025-11-20" };
    const now = atStages({ ...stages, leadership: 6 });
    const later = buildReport(
      { ...result(now), targets: { leadership: 3, accountability: 4 }, previous },
      catalogue,
      content,
    );
    const view = later.since!.views.find((v) => v.questionnaireId === journey.id)!;
    expect(view.targets?.items.map((t) => [t.id, t.reached])).toEqual([
      ["leadership", true],
      ["accountability", false],
    ]);
    expect(later.journey!.targets.accountability).toBe(4);
    expect(later.plan.steps.filter((s) => s.dimensionId === "accountability")).toHaveLength(3);
  });

  it("keeps a retake's carried targets when another one changes", () => {
    const r = { ...result(atStages({ ...stages, leadership: 6 })), targets: { leadership: 3, accountability: 2 } };
    const m = buildReport(r, catalogue, content);
    // Leadership's 3 is reached and accountability's 2 is now the default: both stay in the link,
    // so "change since last time" can still say whether they were reached.
    expect(withTarget(r, m, "people", 6).targets).toEqual({ leadership: 3, accountability: 2, people: 6 });
  });

  it("keeps only the targets that differ from the default when one changes", () => {
    const r = result(atStages(stages));
    expect(withTarget(r, model, "people", 6).targets).toEqual({ people: 6 });
    expect(withTarget({ ...r, targets: { people: 6 } }, model, "people", 2).targets).toBeUndefined();
  });
});
