import type { Locale } from "../../i18n/locales";
import type { TeamContent } from "../../team/content";
import { loadPromptsIn } from "./load-prompts";
import { loadImportancePromptIn } from "./load-importance-prompt";
import { loadCurrentQuestionnaires } from "./load-questionnaires";
import { linkedArticleTitles, linkedEnglishArticles, loadAdviceIn } from "./load-advice";
import { loadStageModelIn } from "./load-stage-model";

/**
 * Everything the team view shows from content/, in the facilitator's language, checked by each
 * file's own schema and, in a translation, item by item against the English.
 */
export function loadTeamContentIn(locale: Locale, root?: string): TeamContent {
  const current = loadCurrentQuestionnaires(root);
  // The same advice a leader's own plan gives: the team view recommends nothing of its own.
  const { steps, recommendations } = loadAdviceIn(locale, root);
  return {
    stageNames: loadStageModelIn(locale, root).stages.map((s) => s.name),
    prompts: loadPromptsIn(locale, current, root),
    importancePrompt: loadImportancePromptIn(locale, root),
    advice: { steps, recommendations },
    articleTitles: linkedArticleTitles(locale, { steps, recommendations }, root),
    englishArticles: linkedEnglishArticles(locale, { steps, recommendations }, root),
  };
}

/** Everything the team view shows from content/, in English. */
export function loadTeamContent(): TeamContent {
  return loadTeamContentIn("en");
}
