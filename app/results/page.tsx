import type { Metadata } from "next";
import { ResultsView } from "@/components/results/results-view";
import { loadBenchmarks } from "@/lib/content/load-benchmarks";
import { loadCombined } from "@/lib/content/load-combined";
import { loadLibrary } from "@/lib/content/load-library";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { loadRecommendations } from "@/lib/content/load-recommendations";
import { loadSteps } from "@/lib/content/load-steps";
import { blundersOf, journeyOf } from "@/lib/questionnaire/catalogue";
import { loadStageModel } from "@/lib/content/load-stage-model";
import { summarise } from "@/lib/questionnaire/summary";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { Island } from "@/components/islands/island";

// Indexable like any page: what a crawler sees is the same for everyone (the result lives in
// the fragment it never receives), and without a link the page says how to get one. It stays
// out of the sitemap because it has nothing of its own to find.
export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Your results",
    description: "Your customer-centricity result, computed in your browser from the link.",
    path: "/results/",
  });
}

export default function ResultsPage() {
  const current = loadCurrentQuestionnaires();
  const blunders = blundersOf(current);
  const journey = journeyOf(current);
  const recommendations = blunders ? [loadRecommendations(blunders)] : [];
  const steps = journey ? [loadSteps(journey)] : [];
  const linked = new Set([
    ...recommendations.flatMap((set) => set.items.flatMap((item) => item.articles)),
    ...steps.flatMap((set) => set.steps.flatMap((step) => step.articles)),
  ]);
  const content = {
    recommendations,
    steps,
    model: loadStageModel(),
    combined: loadCombined(current),
    // Only the titles the plan links to: the page carries its content in its payload.
    articleTitles: Object.fromEntries(
      loadLibrary()
        .filter((a) => linked.has(a.slug))
        .map((a) => [a.slug, a.frontmatter.title]),
    ),
    current: current.map(summarise),
    benchmarks: loadBenchmarks(),
  };
  return (
    <>
      <h1 className="results-title">Your results</h1>
      <noscript>
        <p className="notice notice-warn">Results are computed in your browser, so this page needs JavaScript.</p>
      </noscript>
      <Island of={ResultsView} props={{ catalogue: loadCatalogue(), content }} />
    </>
  );
}
