import type { Metadata } from "next";
import { ScoringExplainer } from "@/components/scoring/scoring-explainer";
import { loadStageModel } from "@/lib/content/load-stage-model";

export const metadata: Metadata = {
  title: "How scoring works",
  description: "The model behind Outside-In, how answers become stages and scores, and the limits of a self-assessment.",
};

export default function HowScoringWorksPage() {
  return <ScoringExplainer model={loadStageModel()} />;
}
