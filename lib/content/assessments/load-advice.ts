import type { Locale } from "../../i18n/locales";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import type { RecommendationSet } from "../../recommendations/schema";
import type { TransitionStepSet } from "../../recommendations/steps-schema";
import { loadLibraryIn } from "../library/load-library";
import { loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadRecommendationsIn } from "./load-recommendations";
import { loadStepsIn } from "./load-steps";

/** The advice a result can get: the journey's plan steps and the blunders' recommendations. */
export type Advice = { steps: TransitionStepSet[]; recommendations: RecommendationSet[] };

/**
 * The plan steps and recommendations of the current questionnaires, in a language. Which ones
 * a result gets depends on ids, stages and bands from the English, so the report and the team
 * view give the same advice in every language; only the words differ.
 */
export function loadAdviceIn(locale: Locale, root?: string): Advice {
  const current = loadCurrentQuestionnaires(root);
  const [journey, blunders] = [journeyOf(current), blundersOf(current)];
  return {
    steps: journey ? [loadStepsIn(locale, journey, root)] : [],
    recommendations: blunders ? [loadRecommendationsIn(locale, blunders, root)] : [],
  };
}

/**
 * The articles a plan links to that a language has not translated: they open in English (none in
 * English itself), as the translated library lists them.
 */
export function linkedEnglishArticles(locale: Locale, advice: Advice, root?: string): string[] {
  const titles = linkedArticleTitles(locale, advice, root);
  const translated = new Set(loadLibraryIn(locale, root).flatMap((a) => (a.translated ? [a.slug] : [])));
  return Object.keys(titles).filter((slug) => !translated.has(slug));
}

/** The titles of the articles a plan links to, by slug, in a language (English where untranslated). */
export function linkedArticleTitles(locale: Locale, advice: Advice, root?: string): Record<string, string> {
  const linked = new Set([
    ...advice.recommendations.flatMap((set) => set.items.flatMap((item) => item.articles)),
    ...advice.steps.flatMap((set) => set.steps.flatMap((step) => step.articles)),
  ]);
  // Only the titles the plan links to: the page carries its content in its payload.
  return Object.fromEntries(
    loadLibraryIn(locale, root)
      .filter((a) => linked.has(a.slug))
      .map((a) => [a.slug, a.frontmatter.title]),
  );
}
