import { join } from "node:path";
import { StageModelSchema, type StageModel } from "../questionnaire/stage-model";
import { parseWithFriendlyErrors } from "./parse";
import { contentDir, displayPath } from "./paths";
import { readYaml } from "./read-yaml";

export function loadStageModel(root = contentDir()): StageModel {
  const path = join(root, "stages.yaml");
  return parseWithFriendlyErrors(StageModelSchema, readYaml(path, displayPath(path)), displayPath(path));
}
