import type { ImportancePrompt } from "../content/assessments/importance-prompt-schema";
import type { DiscussionPrompt } from "../content/assessments/prompts-schema";
import type { TeamAdvice } from "./recommend";

/**
 * What the team view needs from content/, loaded at build time and passed to the island as
 * props, so the browser bundle holds no loader and the words stay where editors change them.
 */
export type TeamContent = {
  /** Names of Graham Hill's six stages, stage 1 first. */
  stageNames: string[];
  /** One discussion prompt per area (content/team/prompts.yaml). */
  prompts: DiscussionPrompt[];
  /** What to ask when leaders disagree on what matters (content/team/importance-prompt.yaml). */
  importancePrompt?: ImportancePrompt;
  /** Plan steps and blunder recommendations, as a leader's own results use them. */
  advice: TeamAdvice;
  /** Titles of the articles the advice links to, by slug. */
  articleTitles: Record<string, string>;
  /** The linked articles the facilitator's language has not translated: they open in English. */
  englishArticles: string[];
};

/** The prompt for one area, if content has one (the build makes sure every area does). */
export function promptFor(content: TeamContent, questionnaire: string, area: string): DiscussionPrompt | undefined {
  return content.prompts.find((p) => p.questionnaire === questionnaire && p.area === area);
}

/** A stage's name for display: "3 · Cross-functional teams", or the number alone if unnamed. */
export function stageLabel(content: TeamContent, stage: number): string {
  const name = content.stageNames[stage - 1];
  return name ? `${stage} · ${name}` : String(stage);
}
