import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { messagesFor } from "@/lib/i18n/messages";
import { titlesOf } from "@/lib/questionnaire/summary";
import { JourneyOverview } from "@/components/overview/journey-overview";
import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "The journey: six stages to customer-centricity",
    description:
      "Graham Hill's six stages from product-centric to customer-centric, the areas the assessment looks at, and articles on each.",
    path: "/journey/",
  });
}

export default function JourneyPage() {
  const current = loadCurrentQuestionnaires();
  const journey = journeyOf(current);
  if (!journey) throw new Error("content/questionnaires has no journey (a questionnaire of kind: stages)");
  return (
    <JourneyOverview
      latest={
        <Island name="latest" props={{ titles: titlesOf(current), locale: "en", messages: messagesFor("en").latest }} />
      }
      model={loadStageModel()}
      journey={journey}
      library={loadLibrary()}
      tags={loadTags()}
      language={{ locale: "en", messages: messagesFor("en") }}
    />
  );
}
