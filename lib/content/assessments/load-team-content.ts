import type { Locale } from "../../i18n/locales";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import type { TeamContent } from "../../team/content";
import { loadPromptsIn } from "./load-prompts";
import { loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadRecommendationsIn } from "./load-recommendations";
import { linkedArticleTitles } from "./load-report-content";
import { loadStageModelIn } from "./load-stage-model";
import { loadStepsIn } from "./load-steps";

/**
 * Everything the team view shows from content/, in the facilitator's language, checked by each
 * file's own schema and, in a translation, item by item against the English.
 */
export function loadTeamContentIn(locale: Locale, root?: string): TeamContent {
  const current = loadCurrentQuestionnaires(root);
  const journey = journeyOf(current);
  const blunders = blundersOf(current);
  // The same advice a leader's own plan gives: the team view recommends nothing of its own.
  const steps = journey ? [loadStepsIn(locale, journey, root)] : [];
  const recommendations = blunders ? [loadRecommendationsIn(locale, blunders, root)] : [];
  return {
    stageNames: loadStageModelIn(locale, root).stages.map((s) => s.name),
    prompts: loadPromptsIn(locale, current, root),
    advice: { steps, recommendations },
    articleTitles: linkedArticleTitles(locale, { steps, recommendations }, root),
  };
}

/** Everything the team view shows from content/, in English. */
export function loadTeamContent(): TeamContent {
  return loadTeamContentIn("en");
}
