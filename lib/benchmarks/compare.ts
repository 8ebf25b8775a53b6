import type { AssessmentScore } from "../scoring/score";
import { percentile } from "./percentile";
import type { Benchmark } from "./schema";

export type BenchmarkRow = { questionnaireId: string; area: string; name: string; percentile: number };
export type BenchmarkComparison = { name: string; leaders: number; rows: BenchmarkRow[] };

type Scored = { questionnaireId: string; version: number; score: AssessmentScore };

/**
 * One result against one benchmark: a percentile per scored area, for each assessment whose
 * exact version the benchmark holds (another version's areas may mean something else). Null
 * when the benchmark holds none of them, so results show nothing of it.
 */
export function compareWithBenchmark(benchmark: Benchmark, scored: readonly Scored[]): BenchmarkComparison | null {
  let leaders = 0;
  const rows: BenchmarkRow[] = [];
  for (const { questionnaireId, version, score } of scored) {
    const v = benchmark.questionnaires.find((q) => q.questionnaireId === questionnaireId && q.version === version);
    if (!v || v.kind !== score.kind) continue;
    leaders = Math.max(leaders, v.respondents);
    for (const d of score.dimensions) {
      const area = v.areas.find((a) => a.id === d.id);
      const p = area && d.score !== null ? percentile(area, score.kind, d.score) : null;
      if (p !== null) rows.push({ questionnaireId, area: d.id, name: d.name, percentile: p });
    }
  }
  return rows.length === 0 ? null : { name: benchmark.name, leaders, rows };
}
