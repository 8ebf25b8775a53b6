import { join } from "node:path";
import { ImportancePromptSchema, type ImportancePrompt } from "./importance-prompt-schema";
import { parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";

/** Loads the prompt for a team that disagrees on what matters, checked by its schema. */
export function loadImportancePrompt(root: string = contentDir()): ImportancePrompt {
  const path = join(root, "team", "importance-prompt.yaml");
  const file = displayPath(path);
  return parseWithFriendlyErrors(ImportancePromptSchema, readYaml(path, file), file);
}
