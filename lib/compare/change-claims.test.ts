import { EN } from "../../test/english-words";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import { joinArrival } from "../link/arrival";
import { decodeFragment, encodeFragment } from "../link/fragment";
import type { SharedResult } from "../link/result-schema";
import type { Answers } from "../questionnaire/answers";
import { findVersion } from "../questionnaire/catalogue";
import type { Questionnaire } from "../questionnaire/schema";
import { buildReport } from "../report/build-report";
import { reportToCsv } from "../report/report-csv";
import { evaluate } from "../results/evaluate";
import { AVERAGE_ROUNDING, COMPARISON_SLACK } from "../scoring/progress";
import { roundStage } from "../scoring/stages";
import { parseCsv } from "../../test/parse-csv";
import { resultsOf } from "../../test/arbitraries";
import { buildComparison } from "./build-comparison";
import type { ComparisonView } from "./comparison-view";
import { linkErrorInEnglish } from "../link/english-errors";

// Random pairs of results, a year apart, of either or both questionnaires at any version, the
// later one reached as a leader reaches it: "Retake with these answers" and the results page
// joining the two. Every change and target the retake's page, its CSV and compare state is held
// against the rule /how-scoring-works/ states, and the four must agree: a change marked as
// progress in one place is never greyed in another. `npm run fuzz` runs many more.
const RUNS = import.meta.env.MODE === "fuzz" ? 3_000 : 100;
const catalogue = loadCatalogue();
const content = loadReportContent();
const pairs = fc.tuple(resultsOf(catalogue, "2025-11-20"), resultsOf(catalogue, "2026-11-20"));
const link = (r: SharedResult) => encodeFragment(r, catalogue);

/** The retake's result as the results page reads it once joined, from its one link. */
function retake(earlier: SharedResult, later: SharedResult): SharedResult {
  const { targets: _none, ...own } = later;
  const joined = joinArrival({ own: link(own), retake: link(earlier) }, catalogue);
  if (!joined.ok) throw new Error(linkErrorInEnglish(joined.error));
  const read = decodeFragment(link(joined.value.result), catalogue);
  if (!read.ok) throw new Error(linkErrorInEnglish(read.error));
  return read.value;
}

/** An answer's value as the page states it: its stage, or 0–100 of avoidance. */
function valueOf(q: Questionnaire, id: string, answers: Answers): number | null {
  const question = q.questions.find((x) => x.id === id)!;
  const answer = answers[id];
  if (answer?.kind !== "option") return null;
  if ("options" in question) return question.options[answer.index]?.stage ?? null;
  if (q.kind !== "agreement" || !("keying" in question)) return null;
  const agreement = answer.index / (q.scale.length - 1);
  return (question.keying === "blunder" ? 1 - agreement : agreement) * 100;
}
/** An area's margin as the page states it: highest minus lowest answer, over the answers. */
function marginOf(q: Questionnaire, area: string, answers: Answers): number {
  const values = q.questions.flatMap((x) => {
    const v = x.dimension === area ? valueOf(q, x.id, answers) : null;
    return v === null ? [] : [v];
  });
  return values.length === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / values.length;
}
/** The verdict as the page states it, as the tone the page shows it in. */
const verdictOf = (delta: number, margin: number) =>
  delta === 0 ? "unchanged" : Math.abs(delta) <= margin + COMPARISON_SLACK ? "spread" : delta > 0 ? "up" : "down";
const TONE = { progress: "up", decline: "down", unchanged: "unchanged", "within-spread": "spread" } as const;
const WORDS = {
  up: /^▲ up/,
  down: /^▼ down/,
  unchanged: /^= unchanged$/,
  spread: /within the spread of your answers$/,
};

function checkView(view: ComparisonView, earlier: SharedResult, later: SharedResult) {
  const side = (r: SharedResult) => {
    const a = r.assessments.find((x) => x.questionnaireId === view.questionnaireId)!;
    return { q: findVersion(catalogue, a.questionnaireId, a.version)!, answers: a.answers };
  };
  const [b, a] = [side(earlier), side(later)];
  const kind = a.q.kind;
  const margins: number[] = [];
  for (const row of view.rows) {
    const tone = row.claim === null ? null : TONE[row.claim.verdict];
    expect(row.tone).toBe(tone);
    if (row.claim === null || tone === null) continue;
    const margin = Math.max(marginOf(b.q, row.id, b.answers), marginOf(a.q, row.id, a.answers));
    margins.push(margin);
    expect(row.claim.margin).toBeCloseTo(margin, 9);
    expect(tone).toBe(verdictOf(row.claim.delta, margin));
    expect(row.change).toMatch(WORDS[tone]);
  }
  const [stage, average] = kind === "stages" ? view.overall : [null, view.overall[0]];
  if (average?.claim) {
    const margin = margins.reduce((s, m) => s + m, 0) / Math.max(1, margins.length) + AVERAGE_ROUNDING[kind];
    expect(average.tone).toBe(verdictOf(average.claim.delta, margin));
    expect(/\(([^()]*)\)$/.exec(average.text)?.[1]).toMatch(WORDS[average.tone!]);
    // If every area scored on either side is scored on both, the average's change is the mean
    // of theirs: it is never progress (or decline) unless an area's is.
    const scored = (r: SharedResult) =>
      evaluate(r, catalogue)
        .find((e) => e.questionnaire.id === view.questionnaireId)!
        .score.dimensions.filter((d) => d.score !== null).length;
    const same = scored(earlier) === margins.length && scored(later) === margins.length;
    if (same && (average.tone === "up" || average.tone === "down"))
      expect(view.rows.some((r) => r.tone === average.tone)).toBe(true);
  }
  // The overall stage, the average rounded, moves only as its average does.
  if (stage?.tone === "up" || stage?.tone === "down") expect(average?.tone).toBe(stage.tone);
}

describe("changes between two results", () => {
  it("are judged by the page's rule, and a retake's page, its CSV and compare agree", () => {
    fc.assert(
      fc.property(pairs, ([earlier, later]) => {
        const joined = retake(earlier, later);
        const since = buildReport(joined, catalogue, content).since!;
        const compared = buildComparison(earlier, joined, catalogue, "2026-12-01", EN).comparisons;
        const strip = (v: ComparisonView) => ({
          rows: v.rows,
          overall: v.overall,
          targets: v.targets?.items ?? null,
        });
        expect(since.views.map(strip)).toEqual(compared.map(strip));
        for (const view of since.views) checkView(view, earlier, joined);
        // The CSV says each change as the page does (a text starting "+" or "−" is guarded as text).
        const rows = parseCsv(reportToCsv(joined, buildReport(joined, catalogue, content), EN));
        const csvChanges = rows.filter((r) => r[0] === "change" && r[4] !== "overall").map((r) => r[6]);
        const unguard = (s: string | undefined) => s?.replace(/^'/, "");
        expect(csvChanges.map(unguard)).toEqual(since.views.flatMap((v) => v.rows.map((r) => r.change)));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("keep the targets set earlier, and say truly whether each was reached", () => {
    fc.assert(
      fc.property(pairs, ([earlier, later]) => {
        const joined = retake(earlier, later);
        const model = buildReport(joined, catalogue, content);
        const journeyOf = (r: SharedResult) => evaluate(r, catalogue).find((e) => e.score.kind === "stages");
        const [before, after] = [journeyOf(earlier), journeyOf(joined)];
        // Every target the earlier report planned toward (at or above where its area stood) is
        // judged, wherever the later result scores that area.
        const planned = Object.entries(earlier.targets ?? {}).flatMap(([id, target]) => {
          const then = before?.score.dimensions.find((d) => d.id === id)?.score;
          const now = after?.score.dimensions.find((d) => d.id === id)?.score;
          return then != null && now != null && roundStage(then) <= target ? [id] : [];
        });
        const journeyView = model.since?.views.find((v) => v.questionnaireId === after?.questionnaire.id);
        const judged = journeyView?.targets?.items.map((t) => t.id) ?? [];
        expect([...judged].sort()).toEqual([...(before && journeyView ? planned : [])].sort());
        for (const view of model.since?.views ?? []) {
          for (const t of view.targets?.items ?? []) {
            // Set earlier, where the area stood at or below it then…
            expect(earlier.targets?.[t.id]).toBe(t.target);
            const then = before?.score.dimensions.find((d) => d.id === t.id)?.score;
            expect(then === null || then === undefined ? false : roundStage(then) <= t.target).toBe(true);
            // …and reached when the later stage is at or above it.
            const now = after!.score.dimensions.find((d) => d.id === t.id)!.score!;
            expect(t.reached).toBe(roundStage(now) >= t.target);
            expect(t.text.endsWith(t.reached ? ": reached" : ": not reached yet")).toBe(true);
            // The plan still climbs toward a target not reached.
            if (!t.reached) expect(model.journey?.targets[t.id]).toBe(t.target);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
