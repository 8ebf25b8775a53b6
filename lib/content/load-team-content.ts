import type { TeamContent } from "../team/content";
import { loadPrompts } from "./load-prompts";
import { loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadStageModel } from "./load-stage-model";

/** Everything the team view shows from content/, checked by each file's own schema. */
export function loadTeamContent(): TeamContent {
  return {
    stageNames: loadStageModel().stages.map((s) => s.name),
    prompts: loadPrompts(loadCurrentQuestionnaires()),
  };
}
