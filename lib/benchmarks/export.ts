import { findVersion, type Catalogue } from "../questionnaire/catalogue";
import { cleanName } from "../shared/name-rule";
import { countOf } from "../shared/plural";
import type { Leader } from "../team/people";
import { binOf, BIN_COUNT } from "./bins";
import { MIN_BENCHMARK_RESPONDENTS } from "./minimum";
import type { Benchmark, VersionDistribution } from "./schema";

/** A benchmark file to download, with the groups left out for being too small; or why there is none. */
export type BenchmarkFile = { ok: true; benchmark: Benchmark; leftOut: string[] } | { ok: false; reason: string };

const areaTotal = (counts: readonly number[]) => counts.reduce((sum, n) => sum + n, 0);

/** Every leader's scores, binned per questionnaire version and area, before any group is left out. */
function distributions(leaders: readonly Leader[]): VersionDistribution[] {
  const versions = new Map<string, VersionDistribution>();
  for (const leader of leaders) {
    for (const a of leader.assessments) {
      const key = `${a.questionnaireId}@${a.version}`;
      let v = versions.get(key);
      if (!v) {
        v = { questionnaireId: a.questionnaireId, version: a.version, kind: a.score.kind, respondents: 0, areas: [] };
        versions.set(key, v);
      }
      v.respondents += 1;
      for (const d of a.score.dimensions) {
        if (d.score === null) continue;
        let area = v.areas.find((x) => x.id === d.id);
        if (!area) {
          area = { id: d.id, counts: Array.from({ length: BIN_COUNT }, () => 0) };
          v.areas.push(area);
        }
        const bin = binOf(a.score.kind, d.score);
        area.counts[bin] = (area.counts[bin] ?? 0) + 1;
      }
    }
  }
  return [...versions.values()];
}

/**
 * A team as an anonymous benchmark: per questionnaire version and area, how many leaders
 * scored in each bin. Nothing else leaves: no roles, no organisation, no answers, and bins
 * rather than scores. Every group the file describes (a questionnaire version, an area's
 * distribution) holds at least MIN_BENCHMARK_RESPONDENTS leaders, as the schema demands: a
 * smaller group is left out, not rounded up, since two leaders' bins could name them.
 */
export function benchmarkFromTeam(leaders: readonly Leader[], name: string, catalogue: Catalogue): BenchmarkFile {
  const leftOut: string[] = [];
  const questionnaires: VersionDistribution[] = [];
  for (const v of distributions(leaders)) {
    const questionnaire = findVersion(catalogue, v.questionnaireId, v.version);
    const title = `${questionnaire?.title ?? "A questionnaire"} version ${v.version}`;
    if (v.respondents < MIN_BENCHMARK_RESPONDENTS) {
      leftOut.push(`${title} (${countOf(v.respondents, "leader", "leaders")})`);
      continue;
    }
    const areas = v.areas.filter((area) => {
      const total = areaTotal(area.counts);
      if (total >= MIN_BENCHMARK_RESPONDENTS) return true;
      const areaName = questionnaire?.dimensions.find((d) => d.id === area.id)?.name ?? "An area";
      leftOut.push(`${areaName} of ${title} (${countOf(total, "leader", "leaders")})`);
      return false;
    });
    if (areas.length > 0) questionnaires.push({ ...v, areas });
  }
  if (questionnaires.length === 0) {
    return {
      ok: false,
      reason: `A benchmark needs at least ${MIN_BENCHMARK_RESPONDENTS} leaders in every questionnaire version and area it describes, so no one in it can be recognised; in this team no group has that many.`,
    };
  }
  // The leaders the file describes: those with an assessment in a version it keeps.
  const kept = new Set(questionnaires.map((q) => `${q.questionnaireId}@${q.version}`));
  const described = leaders.filter((l) => l.assessments.some((a) => kept.has(`${a.questionnaireId}@${a.version}`)));
  const benchmark: Benchmark = {
    format: 1,
    name: cleanName(name, 80) ?? "my clients",
    respondents: described.length,
    teams: 1,
    questionnaires,
  };
  return { ok: true, benchmark, leftOut };
}
