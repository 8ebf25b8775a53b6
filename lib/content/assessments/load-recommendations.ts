import { existsSync } from "node:fs";
import { join } from "node:path";
import { RISK_BANDS, RecommendationSetSchema, type RecommendationSet } from "../../recommendations/schema";
import type { AgreementQuestionnaire } from "../../questionnaire/schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { RECOMMENDATIONS } from "../i18n/recommendations-translation";

/**
 * Loads the recommendations for a questionnaire and checks them against it: every dimension
 * and band has exactly one, each names a real dimension, and each linked article exists.
 */
export const loadRecommendations = cachedInBuild(
  function loadRecommendations(questionnaire: AgreementQuestionnaire, root: string = contentDir()): RecommendationSet {
    const path = join(root, "recommendations", `${questionnaire.id}.yaml`);
    const file = displayPath(path);
    if (!existsSync(path)) throw new ContentError(file, [`(file): missing; every questionnaire needs recommendations`]);
    const set = parseWithFriendlyErrors(RecommendationSetSchema, readYaml(path, file), file);
    const problems: string[] = [];
    if (set.questionnaire !== questionnaire.id)
      problems.push(`questionnaire: expected "${questionnaire.id}", found "${set.questionnaire}"`);
    const bands: readonly string[] = RISK_BANDS;
    const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
    set.items.forEach((item, i) => {
      if (!dimensions.has(item.dimension))
        problems.push(`items[${i}].dimension: unknown dimension "${item.dimension}"`);
      if (!bands.includes(item.band))
        problems.push(`items[${i}].band: "${item.band}" is not one of ${bands.join(", ")}`);
      item.articles.forEach((slug, j) => {
        if (!existsSync(join(root, "articles", `${slug}.mdx`))) {
          problems.push(`items[${i}].articles[${j}]: no article "${slug}" in ${displayPath(join(root, "articles"))}`);
        }
      });
    });
    for (const d of dimensions) {
      for (const band of bands) {
        if (!set.items.some((item) => item.dimension === d && item.band === band))
          problems.push(`items: no recommendation for ${d} / ${band}`);
      }
    }
    if (problems.length > 0) throw new ContentError(file, problems);
    return set;
  },
  (q: AgreementQuestionnaire, root?: string) => `${q.id}@${q.version}\u0000${String(root)}`,
);

/** The blunders' recommendations in a language: the same item for every blunder and band, translated. */
export const loadRecommendationsIn = cachedInBuild(
  function loadRecommendationsIn(
    locale: Locale,
    questionnaire: AgreementQuestionnaire,
    root: string = contentDir(),
  ): RecommendationSet {
    const path = join(root, "recommendations", `${questionnaire.id}.yaml`);
    return translate(RECOMMENDATIONS, loadRecommendations(questionnaire, root), path, locale, root);
  },
  (locale: Locale, q: AgreementQuestionnaire, root?: string) =>
    `${locale}\u0000${q.id}@${q.version}\u0000${String(root)}`,
);
