import { median } from "./stats";
import type { AggregateTiming } from "./results";
import { decodeFragment } from "../../lib/link/fragment";
import type { Catalogue } from "../../lib/questionnaire/catalogue";
import { scoreAssessment } from "../../lib/scoring/score";
import { aggregateTeam } from "../../lib/team-input/aggregate";
import { linkErrorInEnglish } from "../../lib/link/english-errors";

const SCORE_CALLS = 20_000;

/** Microseconds per scoreAssessment call for each assessment in a result link. */
export function timeScoring(catalogue: Catalogue, fragment: string): { questionnaire: string; usPerCall: number }[] {
  const decoded = decodeFragment(fragment, catalogue);
  if (!decoded.ok) throw new Error(`the scoring fixture link does not decode: ${linkErrorInEnglish(decoded.error)}`);
  return decoded.value.assessments.map(({ questionnaireId, version, answers }) => {
    const q = catalogue.find((c) => c.id === questionnaireId && c.version === version);
    if (!q) throw new Error(`no questionnaire ${questionnaireId} v${version}`);
    // Warm up first, so the JIT has compiled the code being timed.
    for (let i = 0; i < 1000; i += 1) scoreAssessment(q, answers);
    const start = performance.now();
    for (let i = 0; i < SCORE_CALLS; i += 1) scoreAssessment(q, answers);
    return { questionnaire: questionnaireId, usPerCall: ((performance.now() - start) * 1000) / SCORE_CALLS };
  });
}

/** Median of three timed aggregations of `count` links, for each count. */
export function timeAggregation(
  catalogue: Catalogue,
  links: readonly string[],
  counts: readonly number[],
): AggregateTiming[] {
  // The team view's own cap (5,000) is passed as the count, so every link is read.
  const aggregate = (lines: readonly string[], c: Catalogue) => aggregateTeam(lines.join("\n"), c, lines.length);
  return counts.map((n) => {
    const lines = links.slice(0, n);
    try {
      aggregate(lines, catalogue);
      const times = [0, 1, 2].map(() => {
        const start = performance.now();
        aggregate(lines, catalogue);
        return performance.now() - start;
      });
      return { links: n, ms: median(times) };
    } catch (error) {
      return { links: n, ms: null, note: `error: ${error instanceof Error ? error.message : String(error)}` };
    }
  });
}
