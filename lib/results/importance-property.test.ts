import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import { IMPORTANCE_LEVELS } from "../link/importance";
import { buildReport } from "../report/build-report";
import { roundStage } from "../scoring/stages";
import { IMPORTANCE_RANK, MATURE_FROM_STAGE } from "../scoring/thresholds";
import { golden } from "../../test/golden-links";
import { resultsOf } from "../../test/arbitraries";
import { ORDER_RULE, rankWeakestFirst } from "./area-order";
import { QUADRANT_NAMES } from "./importance";

// The order and the quadrants over random results and random importance, held to the rules
// /how-scoring-works/ states. `npm run fuzz` runs many more.
const RUNS = import.meta.env.MODE === "fuzz" ? 3_000 : 100;
const catalogue = loadCatalogue();
const content = loadReportContent();
const areas = [...new Set(catalogue.flatMap((q) => (q.kind === "stages" ? q.dimensions.map((d) => d.id) : [])))];
const level = fc.constantFrom(...IMPORTANCE_LEVELS);
const importanceOf = fc.dictionary(fc.constantFrom(...areas), level);
const scored = fc.array(
  fc.record({
    id: fc.constantFrom("p", "q", "r", "s", "t", "u"),
    score: fc.option(fc.double({ min: 1, max: 6, noNaN: true })),
  }),
);
/** Each area once, in the order it first appears. */
const firsts = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);

describe("the one order with importance", () => {
  it("is weakest first whenever importance marks none of the areas ranked (property)", () => {
    // Marks on areas the list does not hold (another version's areas) are unset for it.
    fc.assert(
      fc.property(scored, fc.dictionary(fc.constantFrom("x", "y", "z"), level), (items, stray) => {
        expect(rankWeakestFirst(items, stray)).toEqual(rankWeakestFirst(items));
        expect(rankWeakestFirst(items, {})).toEqual(rankWeakestFirst(items));
      }),
    );
  });

  it("puts groups in IMPORTANCE_RANK order, weakest first inside each (property)", () => {
    fc.assert(
      fc.property(scored, fc.dictionary(fc.constantFrom("p", "q", "r", "s", "t", "u"), level), (items, importance) => {
        const ranked = rankWeakestFirst(items, importance);
        const group = (id: string) => IMPORTANCE_RANK[importance[id] ?? "unset"];
        for (const [a, b] of ranked.slice(1).map((b, i) => [ranked[i]!, b] as const)) {
          expect(group(a.id)).toBeLessThanOrEqual(group(b.id));
          if (group(a.id) === group(b.id))
            expect(a.score < b.score || (a.score === b.score && a.order < b.order)).toBe(true);
        }
        // Unmarking an area moves only that area: the others keep their order among themselves.
        const [first] = Object.keys(importance);
        if (first === undefined) return;
        const { [first]: _gone, ...rest } = importance;
        const others = (list: { id: string; order: number }[]) =>
          list.filter((x) => x.id !== first).map((x) => `${x.id}@${x.order}`);
        expect(others(rankWeakestFirst(items, rest))).toEqual(others(ranked));
      }),
    );
  });

  it("is the one the report's priorities and plan follow, and the summary says so (property)", () => {
    fc.assert(
      fc.property(resultsOf(catalogue, "2026-11-22"), fc.option(importanceOf), (base, importance) => {
        const result = { ...base, ...(importance && { importance }) };
        const model = buildReport(result, catalogue, content);
        if (!model.journey) return;
        const marked = Object.keys(importance ?? {}).length > 0;
        const ranked = rankWeakestFirst(model.journey.score.dimensions, importance ?? undefined).map((d) => d.id);
        expect(model.priorities.map((p) => p.id)).toEqual(ranked.slice(0, 3));
        const planned = firsts(model.plan.steps.flatMap((s) => (s.kind === "journey" ? [s.dimensionId] : [])));
        expect(planned).toEqual(ranked.filter((id) => planned.includes(id)));
        expect(model.order).toBe(
          marked
            ? `By importance, then weakest first, as in your plan: ${ORDER_RULE.importance}.`
            : `Weakest first, as in your plan: ${ORDER_RULE.stages}.`,
        );
        // Nothing marked: exactly the report the result makes without importance.
        if (!marked) expect(model).toEqual(buildReport(base, catalogue, content));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("the importance × maturity chart", () => {
  it("places every marked, scored area, each claim true of its evidence (property)", () => {
    fc.assert(
      fc.property(resultsOf(catalogue, "2026-11-22"), importanceOf, (base, importance) => {
        const model = buildReport({ ...base, importance }, catalogue, content);
        const journey = model.journey;
        if (!journey) {
          expect(model.importance).toBeNull();
          return;
        }
        const placeable = journey.score.dimensions.filter((d) => d.score !== null && importance[d.id]);
        const chart = model.importance?.chart ?? null;
        if (placeable.length === 0) {
          expect(chart).toBeNull();
          return;
        }
        expect(chart?.rows.map((r) => r.id)).toEqual(placeable.map((d) => d.id));
        for (const row of chart?.rows ?? []) {
          const area = journey.score.dimensions.find((d) => d.id === row.id);
          expect(row.score).toBe(area?.score);
          expect(row.importance).toBe(importance[row.id]);
          expect(row.stage).toBe(roundStage(row.score));
          expect(row.matters).toBe(row.importance !== "less");
          expect(row.mature).toBe(row.stage >= MATURE_FROM_STAGE);
          const expected = row.matters
            ? row.mature
              ? "keep-up"
              : "act-first"
            : row.mature
              ? "over-invested"
              : "low-priority";
          expect(row.quadrant).toBe(expected);
          expect(row.where).toBe(QUADRANT_NAMES[expected]);
          // The drawing agrees: right of the split when mature, above it when it matters.
          const point = chart?.layout.points.find((p) => p.id === row.id);
          const { splitX, splitY } = chart!.layout;
          expect(row.mature ? point!.x > splitX : point!.x <= splitX).toBe(true);
          expect(row.matters ? point!.y < splitY : point!.y > splitY).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("golden links keep their plans", () => {
  it.each(golden.links.filter((l) => l.scores.some((s) => s.questionnaireId === "journey")).map((l) => [l.name, l]))(
    "%s",
    (_, link) => {
      const model = buildReport(link, catalogue, content);
      const pinned = link.scores.find((s) => s.questionnaireId === "journey")!.dimensions;
      const planned = firsts(model.plan.steps.flatMap((s) => (s.kind === "journey" ? [s.dimensionId] : [])));
      // The pinned scores, weakest first, ties in questionnaire order, with the marked areas
      // grouped first (critical, important) and last (less important now).
      const group = (id: string) => IMPORTANCE_RANK[link.importance?.[id] ?? "unset"];
      const expected = Object.entries(pinned)
        .flatMap(([id, score], order) => (score === null ? [] : [{ id, score, order }]))
        .sort((a, b) => group(a.id) - group(b.id) || a.score - b.score || a.order - b.order)
        .map((a) => a.id);
      expect(planned).toEqual(expected.filter((id) => planned.includes(id)));
    },
  );

  it("the golden link with importance starts its plan with its two critical areas", () => {
    // leadership 2 and insight 2.5 are critical; structure (3.25) is less important now, so last.
    const link = golden.links.find((l) => l.importance)!;
    const planned = firsts(buildReport(link, catalogue, content).plan.steps.map((s) => s.dimensionId));
    expect(planned).toEqual([
      "leadership",
      "insight",
      "touch-points",
      "people",
      "accountability",
      "processes",
      "structure",
    ]);
  });
});
