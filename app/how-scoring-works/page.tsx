import type { Metadata } from "next";
import { ScoringExplainer } from "@/components/scoring/scoring-explainer";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadAreaStages } from "@/lib/content/assessments/load-area-stages";
import { journeyOf } from "@/lib/questionnaire/catalogue";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "How scoring works",
    description:
      "The model behind Outside-In, how answers become stages and scores, and the limits of a self-assessment.",
    path: "/how-scoring-works/",
  });
}

export default function HowScoringWorksPage() {
  const questionnaires = loadCurrentQuestionnaires();
  const journey = journeyOf(questionnaires);
  return (
    <ScoringExplainer
      model={loadStageModel()}
      areaStages={journey ? loadAreaStages(journey) : { questionnaire: "", credit: "", areas: [] }}
      questionnaires={questionnaires}
    />
  );
}
