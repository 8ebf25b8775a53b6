import { join } from "node:path";
import { StageModelSchema, type StageModel } from "../../questionnaire/stage-model";
import { parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { STAGE_MODEL } from "../i18n/stage-model-translation";

export const loadStageModel = cachedInBuild(function loadStageModel(root: string = contentDir()): StageModel {
  const path = join(root, "stages.yaml");
  return parseWithFriendlyErrors(StageModelSchema, readYaml(path, displayPath(path)), displayPath(path));
});

/** Graham Hill's six stages in a language: the English model with the translation's names and summaries. */
export const loadStageModelIn = cachedInBuild(function loadStageModelIn(
  locale: Locale,
  root: string = contentDir(),
): StageModel {
  return translate(STAGE_MODEL, loadStageModel(root), join(root, "stages.yaml"), locale, root);
});
