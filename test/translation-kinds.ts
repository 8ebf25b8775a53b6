import { join } from "node:path";
import type { TranslatedLocale } from "../lib/i18n/language-names";
import { blundersOf, journeyOf } from "../lib/questionnaire/catalogue";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { loadAreaStages, loadAreaStagesIn } from "../lib/content/assessments/load-area-stages";
import { loadCombined, loadCombinedIn } from "../lib/content/assessments/load-combined";
import { loadImportancePrompt, loadImportancePromptIn } from "../lib/content/assessments/load-importance-prompt";
import { loadPrompts, loadPromptsIn } from "../lib/content/assessments/load-prompts";
import { loadRecommendations, loadRecommendationsIn } from "../lib/content/assessments/load-recommendations";
import { loadStageModel, loadStageModelIn } from "../lib/content/assessments/load-stage-model";
import { loadSteps, loadStepsIn } from "../lib/content/assessments/load-steps";
import { loadTopics } from "../lib/content/library/load-articles";
import { loadBibliography, loadBibliographyIn } from "../lib/content/library/load-sources";
import { loadSite, loadSiteIn } from "../lib/content/load-site";
import { AREA_STAGES } from "../lib/content/i18n/area-stages-translation";
import { COMBINED } from "../lib/content/i18n/combined-translation";
import { IMPORTANCE_PROMPT } from "../lib/content/i18n/importance-prompt-translation";
import { PROMPTS } from "../lib/content/i18n/prompts-translation";
import { RECOMMENDATIONS } from "../lib/content/i18n/recommendations-translation";
import { SITE } from "../lib/content/i18n/site-translation";
import { SOURCES } from "../lib/content/i18n/sources-translation";
import { STAGE_MODEL } from "../lib/content/i18n/stage-model-translation";
import { STEPS } from "../lib/content/i18n/steps-translation";
import { TOPICS } from "../lib/content/i18n/topics-translation";
import { translate, type TextKind } from "../lib/content/i18n/read-translation";
import type { TextTree } from "../lib/content/i18n/text-tree";

/** One kind of translated YAML file, as the tests drive it: its English texts, and its loader in a language. */
export type YamlKindCase = {
  /** The English file's path under content/, which is also the translation's under content/i18n/<lang>/. */
  file: string;
  /** The English file's texts, in the shape its translation takes. */
  texts: (root: string, current: Questionnaire[]) => TextTree;
  /** The English content as its loader gives it. */
  english: (root: string, current: Questionnaire[]) => unknown;
  /** The content in a language, through the loader the pages use. */
  load: (root: string, locale: TranslatedLocale, current: Questionnaire[]) => unknown;
  /** The texts of the content in a language, in the same shape as `texts`. */
  textsIn: (root: string, locale: TranslatedLocale, current: Questionnaire[]) => TextTree;
};

function kindCase<E, T extends { source: { file: string } }>(
  file: string,
  kind: TextKind<E, T>,
  english: (root: string, current: Questionnaire[]) => E,
  load: (root: string, locale: TranslatedLocale, current: Questionnaire[]) => E,
): YamlKindCase {
  return {
    file,
    texts: (root, current) => kind.texts(english(root, current)),
    english,
    load,
    textsIn: (root, locale, current) => kind.texts(load(root, locale, current)),
  };
}

const journey = (current: Questionnaire[]) => {
  const q = journeyOf(current);
  if (!q) throw new Error("the English content has no journey");
  return q;
};
const blunders = (current: Questionnaire[]) => {
  const q = blundersOf(current);
  if (!q) throw new Error("the English content has no blunders check");
  return q;
};

/** Every kind of translated YAML content but the questionnaires (which have their own shape and tests). */
export const YAML_KINDS: YamlKindCase[] = [
  kindCase(
    "stages.yaml",
    STAGE_MODEL,
    (root) => loadStageModel(root),
    (root, l) => loadStageModelIn(l, root),
  ),
  kindCase(
    "area-stages.yaml",
    AREA_STAGES,
    (root, qs) => loadAreaStages(journey(qs), root),
    (root, l, qs) => loadAreaStagesIn(l, journey(qs), root),
  ),
  kindCase(
    "combined.yaml",
    COMBINED,
    (root, qs) => loadCombined(qs, root),
    (root, l, qs) => loadCombinedIn(l, qs, root),
  ),
  // The tags in a language also need the questionnaires' areas translated: the topics alone are checked here.
  kindCase(
    "topics.yaml",
    TOPICS,
    (root) => loadTopics(root),
    (root, l) => translate(TOPICS, loadTopics(root), join(root, "topics.yaml"), l, root),
  ),
  kindCase(
    "site.yaml",
    SITE,
    (root) => loadSite(root),
    (root, l) => loadSiteIn(l, root),
  ),
  kindCase(
    "recommendations/blunders.yaml",
    RECOMMENDATIONS,
    (root, qs) => loadRecommendations(blunders(qs), root),
    (root, l, qs) => loadRecommendationsIn(l, blunders(qs), root),
  ),
  kindCase(
    "recommendations/journey-steps.yaml",
    STEPS,
    (root, qs) => loadSteps(journey(qs), root),
    (root, l, qs) => loadStepsIn(l, journey(qs), root),
  ),
  kindCase(
    "team/prompts.yaml",
    PROMPTS,
    (root, qs) => loadPrompts(qs, root),
    (root, l, qs) => loadPromptsIn(l, qs, root),
  ),
  kindCase(
    "team/importance-prompt.yaml",
    IMPORTANCE_PROMPT,
    (root) => loadImportancePrompt(root),
    (root, l) => loadImportancePromptIn(l, root),
  ),
  kindCase(
    "sources.yaml",
    SOURCES,
    (root) => loadBibliography(root),
    (root, l) => loadBibliographyIn(l, root),
  ),
];
