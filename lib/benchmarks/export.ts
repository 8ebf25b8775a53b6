import { findVersion, type Catalogue } from "../questionnaire/catalogue";
import { cleanName } from "../shared/name-rule";
import { fill, formatCountIn, pluralIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { WorkshopMessages } from "../i18n/messages/en/workshop";
import type { Leader } from "../team/people";
import { binOf, BIN_COUNT } from "./bins";
import { MIN_BENCHMARK_RESPONDENTS } from "./minimum";
import type { Benchmark, VersionDistribution } from "./schema";

/** A benchmark file to download, with the groups left out for being too small; or why there is none. */
export type BenchmarkFile = { ok: true; benchmark: Benchmark; leftOut: string[] } | { ok: false; reason: string };

/** The team view's words for what a benchmark leaves out, in the page's language. */
export type BenchmarkText = { locale: Locale; workshop: WorkshopMessages };

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
export function benchmarkFromTeam(
  leaders: readonly Leader[],
  name: string,
  catalogue: Catalogue,
  { locale, workshop: w }: BenchmarkText,
): BenchmarkFile {
  const leftOut: string[] = [];
  const group = (named: string, n: number) =>
    fill(w.benchmarkGroup, {
      group: named,
      leaders: fill(pluralIn(locale, n, w.benchmarkLeaders), { n: formatCountIn(locale, n) }),
    });
  const questionnaires: VersionDistribution[] = [];
  for (const v of distributions(leaders)) {
    const questionnaire = findVersion(catalogue, v.questionnaireId, v.version);
    const title = fill(w.benchmarkVersion, {
      title: questionnaire?.title ?? w.benchmarkSomeQuestionnaire,
      version: v.version,
    });
    if (v.respondents < MIN_BENCHMARK_RESPONDENTS) {
      leftOut.push(group(title, v.respondents));
      continue;
    }
    const areas = v.areas.filter((area) => {
      const total = areaTotal(area.counts);
      if (total >= MIN_BENCHMARK_RESPONDENTS) return true;
      const areaName = questionnaire?.dimensions.find((d) => d.id === area.id)?.name ?? w.benchmarkSomeArea;
      leftOut.push(group(fill(w.benchmarkArea, { area: areaName, version: title }), total));
      return false;
    });
    if (areas.length > 0) questionnaires.push({ ...v, areas });
  }
  if (questionnaires.length === 0) {
    return {
      ok: false,
      reason: fill(w.benchmarkNone, { n: formatCountIn(locale, MIN_BENCHMARK_RESPONDENTS) }),
    };
  }
  // The leaders the file describes: those with an assessment in a version it keeps.
  const kept = new Set(questionnaires.map((q) => `${q.questionnaireId}@${q.version}`));
  const described = leaders.filter((l) => l.assessments.some((a) => kept.has(`${a.questionnaireId}@${a.version}`)));
  const benchmark: Benchmark = {
    format: 1,
    // The file names its leaders in the facilitator's language until they give a name.
    name: cleanName(name, 80) ?? w.benchmarkPlaceholder,
    respondents: described.length,
    teams: 1,
    questionnaires,
  };
  return { ok: true, benchmark, leftOut };
}
