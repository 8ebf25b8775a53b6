import { ScoringExplainer } from "@/components/scoring/scoring-explainer";
import { loadAreaStagesIn } from "@/lib/content/assessments/load-area-stages";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { Frame } from "./frame";
import { pageMeta } from "./meta";

export const scoringMetadata = (locale: Locale) => pageMeta(locale, "scoring", "/how-scoring-works/");

export function ScoringPage({ locale }: { locale: Locale }) {
  const questionnaires = loadCurrentQuestionnairesIn(locale);
  // The area stages are read against the English journey, whose ids and version they follow.
  const journey = journeyOf(loadCurrentQuestionnairesIn("en"));
  const { results, scoring } = messagesFor(locale);
  return (
    <Frame locale={locale} path="/how-scoring-works/">
      <ScoringExplainer
        model={loadStageModelIn(locale)}
        areaStages={journey ? loadAreaStagesIn(locale, journey) : { questionnaire: "", credit: "", areas: [] }}
        questionnaires={questionnaires}
        words={{ locale, messages: { results, scoring } }}
      />
    </Frame>
  );
}
