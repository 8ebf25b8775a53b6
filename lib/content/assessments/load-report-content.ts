import type { Locale } from "../../i18n/locales";
import { messagesFor } from "../../i18n/messages";
import { journeyOf } from "../../questionnaire/catalogue";
import { summarise } from "../../questionnaire/summary";
import type { ReportContent } from "../../report/content";
import { byline } from "../../sources/schema";
import { loadCurrentQuestionnairesIn } from "../i18n/load-translations";
import { loadBibliography } from "../library/load-sources";
import { linkedArticleTitles, linkedEnglishArticles, loadAdviceIn } from "./load-advice";
import { loadAreaStagesIn } from "./load-area-stages";
import { loadBenchmarks } from "./load-benchmarks";
import { loadCombinedIn } from "./load-combined";
import { loadCatalogue, loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadStageModelIn } from "./load-stage-model";

/**
 * Everything a results report needs from content/, in a language, for the page and for tests
 * alike. Which step, recommendation, article or source a result gets depends only on ids, stages
 * and bands, which come from the English: only the words differ between languages.
 */
export function loadReportContentIn(locale: Locale, root?: string): ReportContent {
  // Which questionnaires are current is the English's; the translated ones carry their words.
  const english = loadCurrentQuestionnaires(root);
  const journey = journeyOf(english);
  const { steps, recommendations } = loadAdviceIn(locale, root);
  const cited = new Set([
    ...recommendations.flatMap((set) => set.items.flatMap((item) => item.sources ?? [])),
    ...steps.flatMap((set) => set.steps.flatMap((step) => step.sources ?? [])),
  ]);
  const { results, report, link } = messagesFor(locale);
  return {
    locale,
    messages: { results, report, link },
    recommendations,
    steps,
    model: loadStageModelIn(locale, root),
    areaStages: journey ? loadAreaStagesIn(locale, journey, root) : { questionnaire: "", credit: "", areas: [] },
    combined: loadCombinedIn(locale, english, root),
    articleTitles: linkedArticleTitles(locale, { steps, recommendations }, root),
    englishArticles: linkedEnglishArticles(locale, { steps, recommendations }, root),
    // Only the works the plan cites, named as /sources/ names them: titles stay as published.
    sourceCredits: Object.fromEntries(
      loadBibliography(root)
        .sources.filter((s) => cited.has(s.id))
        .map((s) => [s.id, `${byline(s)}, ${s.title}`]),
    ),
    current: loadCurrentQuestionnairesIn(locale, root).map(summarise),
    benchmarks: loadBenchmarks(root, loadCatalogue(root)),
  };
}

/** Everything a results report needs from content/, in English. */
export function loadReportContent(root?: string): ReportContent {
  return loadReportContentIn("en", root);
}
