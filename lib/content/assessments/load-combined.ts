import { join } from "node:path";
import { CombinedSchema, type Combined } from "../../results/combined-schema";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import type { Questionnaire } from "../../questionnaire/schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";

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
