import { join } from "node:path";
import { CombinedSchema, type Combined } from "../../results/combined-schema";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import type { Questionnaire } from "../../questionnaire/schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { COMBINED } from "../i18n/combined-translation";

/** Loads content/combined.yaml and checks every id against the current questionnaires. */
export const loadCombined = cachedInBuild(
  function loadCombined(questionnaires: Questionnaire[], root: string = contentDir()): Combined {
    const path = join(root, "combined.yaml");
    const file = displayPath(path);
    const combined = parseWithFriendlyErrors(CombinedSchema, readYaml(path, file), file);
    const dims = (q: Questionnaire | undefined) => new Set(q?.dimensions.map((d) => d.id));
    const blunders = dims(blundersOf(questionnaires));
    const journey = dims(journeyOf(questionnaires));
    const problems = combined.links.flatMap((link, i) => [
      ...(blunders.has(link.blunder) ? [] : [`links[${i}].blunder: unknown blunder "${link.blunder}"`]),
      ...link.journey.flatMap((id, j) =>
        journey.has(id) ? [] : [`links[${i}].journey[${j}]: unknown journey area "${id}"`],
      ),
    ]);
    if (problems.length > 0) throw new ContentError(file, problems);
    return combined;
  },
  (qs: Questionnaire[], root?: string) => `${qs.map((q) => `${q.id}@${q.version}`).join()}\u0000${String(root)}`,
);

/** How the blunders relate to the journey, in a language; which areas each holds back stays the English's. */
export const loadCombinedIn = cachedInBuild(
  function loadCombinedIn(locale: Locale, questionnaires: Questionnaire[], root: string = contentDir()): Combined {
    return translate(COMBINED, loadCombined(questionnaires, root), join(root, "combined.yaml"), locale, root);
  },
  (locale: Locale, qs: Questionnaire[], root?: string) =>
    `${locale}\u0000${qs.map((q) => `${q.id}@${q.version}`).join()}\u0000${String(root)}`,
);
