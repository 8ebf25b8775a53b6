import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import type { TeamContent } from "../../team/content";
import { loadLibrary } from "../library/load-library";
import { loadImportancePrompt } from "./load-importance-prompt";
import { loadPrompts } from "./load-prompts";
import { loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadRecommendations } from "./load-recommendations";
import { loadStageModel } from "./load-stage-model";
import { loadSteps } from "./load-steps";

/** Everything the team view shows from content/, checked by each file's own schema. */
export function loadTeamContent(): TeamContent {
  const current = loadCurrentQuestionnaires();
  const journey = journeyOf(current);
  const blunders = blundersOf(current);
  // The same advice a leader's own plan gives: the team view recommends nothing of its own.
  const steps = journey ? [loadSteps(journey)] : [];
  const recommendations = blunders ? [loadRecommendations(blunders)] : [];
  const linked = new Set([
    ...recommendations.flatMap((set) => set.items.flatMap((item) => item.articles)),
    ...steps.flatMap((set) => set.steps.flatMap((step) => step.articles)),
  ]);
  return {
    stageNames: loadStageModel().stages.map((s) => s.name),
    prompts: loadPrompts(current),
    importancePrompt: loadImportancePrompt(),
    advice: { steps, recommendations },
    articleTitles: Object.fromEntries(
      loadLibrary()
        .filter((a) => linked.has(a.slug))
        .map((a) => [a.slug, a.frontmatter.title]),
    ),
  };
}
