import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import { summarise } from "../../questionnaire/summary";
import type { ReportContent } from "../../report/content";
import { loadAreaStages } from "./load-area-stages";
import { loadBenchmarks } from "./load-benchmarks";
import { loadCombined } from "./load-combined";
import { loadLibrary } from "../library/load-library";
import { loadCatalogue, loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadRecommendations } from "./load-recommendations";
import { loadStageModel } from "./load-stage-model";
import { loadBibliography } from "../library/load-sources";
import { byline } from "../../sources/schema";
import { loadSteps } from "./load-steps";

/** Everything a results report needs from content/, for the page and for tests alike. */
export function loadReportContent(root?: string): ReportContent {
  const current = loadCurrentQuestionnaires(root);
  const blunders = blundersOf(current);
  const journey = journeyOf(current);
  const recommendations = blunders ? [loadRecommendations(blunders, root)] : [];
  const steps = journey ? [loadSteps(journey, root)] : [];
  const linked = new Set([
    ...recommendations.flatMap((set) => set.items.flatMap((item) => item.articles)),
    ...steps.flatMap((set) => set.steps.flatMap((step) => step.articles)),
  ]);
  const cited = new Set([
    ...recommendations.flatMap((set) => set.items.flatMap((item) => item.sources ?? [])),
    ...steps.flatMap((set) => set.steps.flatMap((step) => step.sources ?? [])),
  ]);
  const model = loadStageModel(root);
  return {
    recommendations,
    steps,
    model,
    areaStages: journey ? loadAreaStages(journey, root) : { questionnaire: "", credit: "", areas: [] },
    combined: loadCombined(current, root),
    // Only the titles the plan links to: the page carries its content in its payload.
    articleTitles: Object.fromEntries(
      loadLibrary(root)
        .filter((a) => linked.has(a.slug))
        .map((a) => [a.slug, a.frontmatter.title]),
    ),
    // Only the works the plan cites, named as /sources/ names them.
    sourceCredits: Object.fromEntries(
      loadBibliography(root)
        .sources.filter((s) => cited.has(s.id))
        .map((s) => [s.id, `${byline(s)}, ${s.title}`]),
    ),
    current: current.map(summarise),
    benchmarks: loadBenchmarks(root, loadCatalogue(root)),
  };
}
