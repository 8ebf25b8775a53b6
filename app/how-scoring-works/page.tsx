import { ScoringExplainer } from "@/components/scoring/scoring-explainer";
import { loadStageModel } from "@/lib/content/load-stage-model";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "How scoring works",
  description:
    "The model behind Outside-In, how answers become stages and scores, and the limits of a self-assessment.",
  path: "/how-scoring-works/",
});

export default function HowScoringWorksPage() {
  return <ScoringExplainer model={loadStageModel()} />;
}
