import { join } from "node:path";
import type { Questionnaire } from "../../questionnaire/schema";
import { DiscussionPromptSetSchema, type DiscussionPrompt } from "./prompts-schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import type { Locale } from "../../i18n/locales";
import { cachedInBuild } from "../build-cache";
import { translate } from "../i18n/read-translation";
import { PROMPTS } from "../i18n/prompts-translation";

/**
 * Loads the workshop's discussion prompts and checks them against the questionnaires: every
 * area has one, and each names a real area, so a new area cannot ship without a prompt.
 */
export function loadPrompts(questionnaires: readonly Questionnaire[], root: string = contentDir()): DiscussionPrompt[] {
  const path = join(root, "team", "prompts.yaml");
  const file = displayPath(path);
  const { prompts } = parseWithFriendlyErrors(DiscussionPromptSetSchema, readYaml(path, file), file);
  const problems: string[] = [];
  prompts.forEach((p, i) => {
    const q = questionnaires.find((x) => x.id === p.questionnaire);
    if (!q) problems.push(`prompts[${i}].questionnaire: no questionnaire "${p.questionnaire}"`);
    else if (!q.dimensions.some((d) => d.id === p.area))
      problems.push(`prompts[${i}].area: "${p.questionnaire}" has no area "${p.area}"`);
  });
  for (const q of questionnaires) {
    for (const d of q.dimensions) {
      if (!prompts.some((p) => p.questionnaire === q.id && p.area === d.id))
        problems.push(
          `prompts: no prompt for ${q.id} / ${d.id}; add one with questionnaire: ${q.id} and area: ${d.id}`,
        );
    }
  }
  if (problems.length > 0) throw new ContentError(file, problems);
  return prompts;
}

/** The workshop's prompts in a language, one per area of every questionnaire, as in English. */
export const loadPromptsIn = cachedInBuild(
  function loadPromptsIn(
    locale: Locale,
    questionnaires: readonly Questionnaire[],
    root: string = contentDir(),
  ): DiscussionPrompt[] {
    return translate(PROMPTS, loadPrompts(questionnaires, root), join(root, "team", "prompts.yaml"), locale, root);
  },
  (locale: Locale, qs: readonly Questionnaire[], root?: string) =>
    `${locale}\u0000${qs.map((q) => `${q.id}@${q.version}`).join()}\u0000${String(root)}`,
);
