import type { Metadata } from "next";
import { ResultsView } from "@/components/results/results-view";
import { loadCombined } from "@/lib/content/load-combined";
import { loadLibrary } from "@/lib/content/load-library";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { loadRecommendations } from "@/lib/content/load-recommendations";
import { loadStageModel } from "@/lib/content/load-stage-model";
import { summarise } from "@/lib/questionnaire/summary";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata: Metadata = {
  ...pageMetadata({ title: "Your results", description: "Your customer-centricity result, computed in your browser from the link.", path: "/results/" }),
  // Without a result link the page is empty, so search engines should not list it.
  robots: { index: false },
};

export default function ResultsPage() {
  const current = loadCurrentQuestionnaires();
  const content = {
    recommendations: current.map((q) => loadRecommendations(q)),
    model: loadStageModel(),
    combined: loadCombined(current),
    articleTitles: Object.fromEntries(loadLibrary().map((a) => [a.slug, a.frontmatter.title])),
    current: current.map(summarise),
  };
  return (
    <>
      <h1>Your results</h1>
      <noscript>
        <p className="notice notice-warn">Results are computed in your browser, so this page needs JavaScript.</p>
      </noscript>
      <ResultsView catalogue={loadCatalogue()} content={content} />
    </>
  );
}
