import type { CsvValue } from "../results/csv";
import { quadrantClaims } from "../results/importance";
import type { ReportModel } from "./build-report";
import type { Words } from "./words";

/**
 * An "importance" row per journey area the leader marked, in the words the report uses: the
 * level in the answer column, and in the value column the quadrant the chart places it in
 * (empty for an area without enough answers to place).
 */
export function importanceRows(model: ReportModel, context: CsvValue[], w: Words): CsvValue[][] {
  const journey = model.journey;
  const marked = model.importance?.byArea ?? {};
  if (!journey) return [];
  const m = w.messages.results.importance;
  const q = journey.questionnaire;
  const placed = new Map(quadrantClaims(journey.score, marked).map((c) => [c.id, m.quadrants[c.quadrant]]));
  return q.dimensions.flatMap((d) => {
    const level = marked[d.id];
    return level === undefined
      ? []
      : [["importance", q.id, q.version, d.id, d.id, d.name, m.levels[level], placed.get(d.id) ?? "", ...context]];
  });
}
