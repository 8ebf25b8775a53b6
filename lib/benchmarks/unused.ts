import type { Catalogue } from "../questionnaire/catalogue";
import { findVersion } from "../questionnaire/catalogue";
import type { Benchmark } from "./schema";

/**
 * The groups of a benchmark file no result of this site can be compared with: a questionnaire
 * or version the catalogue lacks (a file exported by a newer or another site), or an area that
 * version does not have. They are valid, so the build loads them, and says so, rather than
 * leaving a consultant to wonder why a group never shows. Each as "path (group): why".
 */
export function unusedGroups(benchmark: Benchmark, catalogue: Catalogue): string[] {
  return benchmark.questionnaires.flatMap((group, i) => {
    const name = `${group.questionnaireId} version ${group.version}`;
    const versions = catalogue.filter((q) => q.id === group.questionnaireId);
    const title = versions[0]?.title;
    if (!title)
      return [
        `questionnaires[${i}] (${name}): this site has no questionnaire "${group.questionnaireId}", so no result is compared with it.`,
      ];
    const questionnaire = findVersion(catalogue, group.questionnaireId, group.version);
    if (!questionnaire)
      return [
        `questionnaires[${i}] (${name}): this site has no version ${group.version} of ${title}, so no result is compared with it.`,
      ];
    return group.areas.flatMap((area, j) =>
      questionnaire.dimensions.some((d) => d.id === area.id)
        ? []
        : [
            `questionnaires[${i}].areas[${j}] (area "${area.id}" of ${name}): ${title} version ${group.version} has no such area, so it is never shown.`,
          ],
    );
  });
}
