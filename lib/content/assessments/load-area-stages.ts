import { join } from "node:path";
import { AreaStagesSchema, type AreaStages } from "../../report/area-stages-schema";
import type { StagesQuestionnaire } from "../../questionnaire/schema";
import { cachedInBuild } from "../build-cache";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { AREA_STAGES } from "../i18n/area-stages-translation";

/**
 * Loads content/area-stages.yaml and checks it against the journey: every area has its six
 * stages named, and each entry names a real area, so a new area cannot ship borrowing another
 * area's stage names.
 */
export const loadAreaStages = cachedInBuild(
  function loadAreaStages(journey: StagesQuestionnaire, root: string = contentDir()): AreaStages {
    const path = join(root, "area-stages.yaml");
    const file = displayPath(path);
    const names = parseWithFriendlyErrors(AreaStagesSchema, readYaml(path, file), file);
    const problems: string[] = [];
    if (names.questionnaire !== journey.id)
      problems.push(`questionnaire: expected "${journey.id}", found "${names.questionnaire}"`);
    const seen = new Set<string>();
    names.areas.forEach((a, i) => {
      if (!journey.dimensions.some((d) => d.id === a.area))
        problems.push(`areas[${i}].area: the journey has no area "${a.area}"`);
      if (seen.has(a.area)) problems.push(`areas[${i}].area: a second entry for "${a.area}"; keep one`);
      seen.add(a.area);
    });
    for (const d of journey.dimensions) {
      if (!seen.has(d.id))
        problems.push(
          `areas: no stage names for "${d.id}" (${d.name}); add an entry with area: ${d.id} and its 6 stages`,
        );
    }
    if (problems.length > 0) throw new ContentError(file, problems);
    return names;
  },
  (q: StagesQuestionnaire, root?: string) => `${q.id}@${q.version}\u0000${String(root)}`,
);

/** Each journey area's six stages in a language, checked against the English names item by item. */
export const loadAreaStagesIn = cachedInBuild(
  function loadAreaStagesIn(locale: Locale, journey: StagesQuestionnaire, root: string = contentDir()): AreaStages {
    return translate(AREA_STAGES, loadAreaStages(journey, root), join(root, "area-stages.yaml"), locale, root);
  },
  (locale: Locale, q: StagesQuestionnaire, root?: string) => `${locale}\u0000${q.id}@${q.version}\u0000${String(root)}`,
);
