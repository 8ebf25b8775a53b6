import { JourneyOverview } from "@/components/overview/journey-overview";
import { loadTags } from "@/lib/content/load-articles";
import { loadLibrary } from "@/lib/content/load-library";
import { loadCurrentQuestionnaires } from "@/lib/content/load-questionnaires";
import { loadStageModel } from "@/lib/content/load-stage-model";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "The journey: six stages to customer-centricity",
  description:
    "Graham Hill's six stages from product-centric to customer-centric, the areas the assessment looks at, and articles on each.",
  path: "/journey/",
});

export default function JourneyPage() {
  const journey = loadCurrentQuestionnaires().find((q) => q.id === "journey");
  if (!journey) throw new Error("content/questionnaires has no journey questionnaire");
  return <JourneyOverview model={loadStageModel()} journey={journey} library={loadLibrary()} tags={loadTags()} />;
}
