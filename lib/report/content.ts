import type { Benchmark } from "../benchmarks/schema";
import type { Locale } from "../i18n/locales";
import type { LinkMessages } from "../i18n/messages/en/link";
import type { ReportMessages } from "../i18n/messages/en/report";
import type { ResultsMessages } from "../i18n/messages/en/results";
import type { StageModel } from "../questionnaire/stage-model";
import type { QuestionnaireSummary } from "../questionnaire/summary";
import type { RecommendationSet } from "../recommendations/schema";
import type { TransitionStepSet } from "../recommendations/steps-schema";
import type { Combined } from "../results/combined-schema";
import type { AreaStages } from "./area-stages-schema";

/**
 * Content a report needs besides the result itself, prepared at build time in one language, with
 * that language's interface words: the content and the words of a report can never be in two
 * languages (docs/decisions/0018-messages-typed-from-english.md).
 */
export type ReportContent = {
  /** The page's language: figures, dates and plurals are written in it. */
  locale: Locale;
  /** The report's interface words and the sentences lib/ builds, in that language. */
  messages: { results: ResultsMessages; report: ReportMessages; link: LinkMessages };
  /** Recommendations per blunder and risk band. */
  recommendations: RecommendationSet[];
  /** The plan's step for each journey area and stage transition. */
  steps: TransitionStepSet[];
  /** Graham Hill's six stages, for the overall stage. */
  model: StageModel;
  /** Each journey area's own six stages (content/area-stages.yaml). */
  areaStages: AreaStages;
  combined: Combined;
  articleTitles: Record<string, string>;
  /** The linked articles the page's language has not translated: they open in English. */
  englishArticles: string[];
  /** How each work the plan cites is credited ("Paul Levesque, Customer Service …"), by id. */
  sourceCredits: Record<string, string>;
  current: QuestionnaireSummary[];
  /** A consultant's own benchmarks (content/benchmarks/); the default site has none. */
  benchmarks?: Benchmark[];
};
