import { EN } from "../../test/english-words";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import { ORDER_RULE } from "../results/area-order";
import { planToCsv } from "../results/plan-csv";
import { RISK_THRESHOLDS } from "../scoring/agreement";
import { parseCsv } from "../../test/parse-csv";
import { resultsOf } from "../../test/arbitraries";
import { buildReport } from "./build-report";
import { reportToCsv } from "./report-csv";
import { scoringRules } from "./scoring-rules";

// Every band and order a report states, over random results of either or both questionnaires at
// any version, held against the rule /how-scoring-works/ states, and against each other: a band
// shown beside a number is that number's band, wherever it is shown (the page, the plan, the
// CSVs); the priorities and the plan follow one order. `npm run fuzz` runs many more.
const RUNS = import.meta.env.MODE === "fuzz" ? 5_000 : 150;
const catalogue = loadCatalogue();
const content = loadReportContent();
const results = resultsOf(catalogue, "2026-11-22");
const rules = scoringRules(EN);

/** The band's name, as the page states the ranges: below 40, 40 to 69, 70 or more. */
const stated = (value: number) => {
  const { watch, healthy } = RISK_THRESHOLDS;
  const band = value < watch ? "high" : value < healthy ? "watch" : "healthy";
  return rules.bands.find((b) => b.band === band)!.label;
};
/** Weakest first, ties in questionnaire order, as the page states the order. */
const weakestFirst = <T extends { score: number | null }>(items: T[]) =>
  items
    .map((item, order) => ({ item, order }))
    .filter((x) => x.item.score !== null)
    .sort((a, b) => a.item.score! - b.item.score! || a.order - b.order)
    .map((x) => x.item);
/** Each area once, in the order it first appears. */
const firsts = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);

describe("a report's bands", () => {
  it("are each said of the number beside them, by the page's ranges", () => {
    fc.assert(
      fc.property(results, (result) => {
        const model = buildReport(result, catalogue, content);
        const blunders = model.blunders;
        if (!blunders) return;
        const { score, headline } = blunders;
        for (const b of blunders.blunders) {
          const value = score.dimensions.find((d) => d.id === b.id)!.score;
          expect(b.band?.value ?? null).toBe(value);
          if (b.band) expect(b.band.label).toBe(stated(b.band.value));
          expect(blunders.radar.notes?.[b.id]).toEqual([
            value === null ? "Not enough answers" : `${value} / 100 · ${stated(value)}`,
          ]);
        }
        // The headline: the overall's own band; the blunders at high risk counted and every one named.
        expect(headline?.overall.value ?? null).toBe(score.mean);
        if (!headline) return;
        expect(headline.overall.label).toBe(stated(headline.overall.value));
        const high = score.dimensions.filter((d) => d.score !== null && stated(d.score) === "High risk");
        const scored = score.dimensions.filter((d) => d.score !== null).length;
        expect(headline.detail.startsWith(`${high.length} of ${scored} `)).toBe(true);
        for (const d of high) expect(headline.detail).toContain(`${d.name} (${d.score} / 100)`);
        expect(headline.detail.match(/\(\d+ \/ 100\)/g) ?? []).toHaveLength(high.length);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("agree between the page, the plan, the priorities, how the two relate, and both CSVs", () => {
    fc.assert(
      fc.property(results, (result) => {
        const model = buildReport(result, catalogue, content);
        const scoreOf = new Map(model.blunders?.score.dimensions.map((d) => [d.name, d.score]) ?? []);
        const blunderSteps = model.plan.steps.flatMap((s) => (s.kind === "blunder" ? [s] : []));
        for (const s of blunderSteps) {
          expect(s.score).toBe(scoreOf.get(s.area));
          expect(s.where).toBe(`${stated(s.score)} (${s.score} / 100) → Healthy (${RISK_THRESHOLDS.healthy} / 100)`);
        }
        for (const p of model.priorities.filter((p) => p.band))
          expect(p.shown).toBe(`${scoreOf.get(p.area)} / 100 · ${stated(scoreOf.get(p.area)!)}`);
        for (const c of model.connections?.items ?? []) {
          expect(c.band.value).toBe(scoreOf.get(c.blunderName));
          expect(c.band.label).toBe(stated(c.band.value));
        }
        // The result's CSV: a blunder's row names the band of the value in its own row.
        for (const row of parseCsv(reportToCsv(result, model, EN)).filter((r) => r[0] === "dimension")) {
          if (model.blunders?.questionnaire.id === row[1] && row[7] !== "") expect(row[6]).toBe(stated(Number(row[7])));
        }
        // The plan's CSV says the same of each step as the page does.
        const csv = parseCsv(
          planToCsv(
            model.plan.steps,
            (slug) => ({ title: slug, url: slug }),
            (id) => id,
            EN,
          ),
        );
        blunderSteps.forEach((s) => {
          const row = csv.find((r) => r[0] === s.area)!;
          expect(row[1]).toBe(`${s.score} / 100 (${stated(s.score)})`);
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("a report's order", () => {
  it("is one, weakest first, for the priorities and the plan, and the summary says which", () => {
    fc.assert(
      fc.property(results, (result) => {
        const model = buildReport(result, catalogue, content);
        const { journey, blunders } = model;
        const steps = model.plan.steps;
        const journeyAreas = firsts(steps.flatMap((s) => (s.kind === "journey" ? [s.dimensionId] : [])));
        const blunderAreas = steps.flatMap((s) => (s.kind === "blunder" ? [s.dimensionId] : []));
        if (journey) {
          const ranked = weakestFirst(journey.score.dimensions).map((d) => d.id);
          expect(model.priorities.map((p) => p.id)).toEqual(ranked.slice(0, 3));
          // The plan's areas are the ranked ones with a step to climb, in the same order.
          expect(journeyAreas).toEqual(ranked.filter((id) => journeyAreas.includes(id)));
          for (const p of model.priorities) {
            const first = steps.find((s) => s.kind === "journey" && s.dimensionId === p.id) ?? null;
            expect(p.action && { ...p.action, where: first?.where }).toEqual(first);
            // A target is never behind where the area stands, and the plan climbs to it.
            const area = journey.areas.find((a) => a.id === p.id)!;
            expect(area.target!.stage).toBeGreaterThanOrEqual(area.stage!.stage);
            expect(steps.filter((s) => s.dimensionId === p.id)).toHaveLength(area.target!.stage - area.stage!.stage);
          }
        } else if (blunders) {
          expect(model.priorities.map((p) => p.id)).toEqual(blunderAreas.slice(0, 3));
        }
        if (blunders) {
          const ranked = weakestFirst(blunders.score.dimensions).map((d) => d.id);
          expect(blunderAreas).toEqual(ranked.filter((id) => blunderAreas.includes(id)));
        }
        expect(model.order).toBe(`Weakest first, as in your plan: ${ORDER_RULE[journey ? "stages" : "agreement"]}.`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
