import { join } from "node:path";
import { StageModelSchema, type StageModel } from "../../questionnaire/stage-model";
import { parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";

export const loadStageModel = cachedInBuild(function loadStageModel(root: string = contentDir()): StageModel {
  const path = join(root, "stages.yaml");
  return parseWithFriendlyErrors(StageModelSchema, readYaml(path, displayPath(path)), displayPath(path));
});
