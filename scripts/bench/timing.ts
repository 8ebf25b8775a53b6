import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { median } from "../../lib/bench/stats";
import type { AggregateTiming } from "../../lib/bench/results";
import { decodeFragment } from "../../lib/link/fragment";
import type { Catalogue } from "../../lib/questionnaire/catalogue";
import { scoreAssessment } from "../../lib/scoring/score";

const SCORE_CALLS = 20_000;

/** Microseconds per scoreAssessment call for each assessment in a result link. */
export function timeScoring(catalogue: Catalogue, fragment: string): { questionnaire: string; usPerCall: number }[] {
  const decoded = decodeFragment(fragment, catalogue);
  if (!decoded.ok) throw new Error(`the scoring fixture link does not decode: ${decoded.error.message}`);
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

const AGGREGATE = join("lib", "team", "aggregate.ts");

/**
 * The team aggregation is written in parallel (issue 4) and its signature is not settled:
 * the bench takes the module's first function named aggregate*, and calls it with the pasted
 * lines and the catalogue, or failing that with the whole pasted text.
 */
async function findAggregate(): Promise<((lines: string[], catalogue: Catalogue) => unknown) | string> {
  if (!existsSync(AGGREGATE)) return "n/a (not built yet)";
  const mod: unknown = await import(pathToFileURL(join(process.cwd(), AGGREGATE)).href);
  if (typeof mod !== "object" || mod === null) return `n/a (${AGGREGATE} exports nothing)`;
  const entry = Object.entries(mod).find(([name, value]) => name.startsWith("aggregate") && typeof value === "function");
  const fn = entry?.[1];
  if (typeof fn !== "function") return `n/a (${AGGREGATE} has no aggregate* function)`;
  return (lines, catalogue) => {
    try {
      return Reflect.apply(fn, undefined, [lines, catalogue]);
    } catch {
      return Reflect.apply(fn, undefined, [lines.join("\n"), catalogue]);
    }
  };
}

/** Median of three timed aggregations of `count` links, for each count. */
export async function timeAggregation(catalogue: Catalogue, links: readonly string[], counts: readonly number[]): Promise<AggregateTiming[]> {
  const aggregate = await findAggregate();
  if (typeof aggregate === "string") return counts.map((n) => ({ links: n, ms: null, note: aggregate }));
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
