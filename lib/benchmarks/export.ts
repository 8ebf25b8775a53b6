import type { Leader } from "../team/people";
import { binOf, BIN_COUNT } from "./bins";
import type { Benchmark, VersionDistribution } from "./schema";

/**
 * A team as an anonymous benchmark: per questionnaire version and area, how many leaders
 * scored in each bin. Nothing else leaves: no roles, no organisation, no answers, and bins
 * rather than scores, so no row can be traced back to one leader.
 */
export function benchmarkFromTeam(leaders: readonly Leader[], name: string): Benchmark {
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
  return { format: 1, name, respondents: leaders.length, teams: 1, questionnaires: [...versions.values()] };
}
