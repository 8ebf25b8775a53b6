import type { Metadata } from "next";
import { ResultsView } from "@/components/results/results-view";
import { loadArticles } from "@/lib/content/load-articles";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { loadRecommendations } from "@/lib/content/load-recommendations";
import { loadStageModel } from "@/lib/content/load-stage-model";

export const metadata: Metadata = {
  title: "Your results",
  description: "Your customer-centricity result, computed in your browser from the link.",
  robots: { index: false },
};

export default function ResultsPage() {
  const articleTitles = Object.fromEntries(loadArticles().map((a) => [a.slug, a.frontmatter.title]));
  return (
    <>
      <h1>Your results</h1>
      <noscript>
        <p className="notice notice-warn">Results are computed in your browser, so this page needs JavaScript.</p>
      </noscript>
      <ResultsView
        catalogue={loadCatalogue()}
        recommendations={loadCurrentQuestionnaires().map((q) => loadRecommendations(q))}
        model={loadStageModel()}
        articleTitles={articleTitles}
      />
    </>
  );
}
