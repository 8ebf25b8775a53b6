import { join } from "node:path";
import { ImportancePromptSchema, type ImportancePrompt } from "./importance-prompt-schema";
import type { Locale } from "../../i18n/locales";
import { cachedInBuild } from "../build-cache";
import { IMPORTANCE_PROMPT } from "../i18n/importance-prompt-translation";
import { translate } from "../i18n/read-translation";
import { parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";

const englishPath = (root: string) => join(root, "team", "importance-prompt.yaml");

/** Loads the prompt for a team that disagrees on what matters, checked by its schema. */
export function loadImportancePrompt(root: string = contentDir()): ImportancePrompt {
  const path = englishPath(root);
  const file = displayPath(path);
  return parseWithFriendlyErrors(ImportancePromptSchema, readYaml(path, file), file);
}

/** The same prompt in a language: its translation must exist and hold the prompt and its credit. */
export const loadImportancePromptIn = cachedInBuild(function loadImportancePromptIn(
  locale: Locale,
  root: string = contentDir(),
): ImportancePrompt {
  return translate(IMPORTANCE_PROMPT, loadImportancePrompt(root), englishPath(root), locale, root);
});
