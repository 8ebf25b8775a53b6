import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadAreaStagesIn } from "@/lib/content/assessments/load-area-stages";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { RISK_THRESHOLDS } from "@/lib/scoring/agreement";
import { shownText, untranslated } from "@/test/untranslated";
import { ScoringExplainer } from "./scoring-explainer";

/** Words each language must show: its worked example with a decimal comma, its bands, its team rule. */
const EXPECTED = {
  de: ["(5 − 2) ÷ 4 = 0,75", "hohes Risiko unter 40", "Weit vom Team entfernt:", "Median", "Kardinalfehler"],
  fr: ["(5 − 2) ÷ 4 = 0,75", "risque élevé sous 40", "Loin de l’équipe", "médiane", "erreurs"],
  es: ["(5 − 2) ÷ 4 = 0,75", "riesgo alto por debajo de 40", "Lejos del equipo:", "mediana", "errores"],
} as const;

for (const locale of LOCALES.filter((l) => l !== "en")) {
  describe(`how scoring works in ${locale}`, () => {
    it("writes the page's own words and the report's, with none of the English left", () => {
      const messages = messagesFor(locale);
      const questionnaires = loadCurrentQuestionnairesIn(locale);
      render(
        <ScoringExplainer
          model={loadStageModelIn(locale)}
          areaStages={loadAreaStagesIn(locale, journeyOf(loadCurrentQuestionnairesIn("en"))!)}
          questionnaires={questionnaires}
          words={{ locale, messages: { results: messages.results, scoring: messages.scoring } }}
        />,
      );
      expect(screen.getByRole("heading", { level: 1, name: messages.scoring.title })).toBeTruthy();
      const text = shownText();
      expect(RISK_THRESHOLDS.watch).toBe(40);
      for (const words of EXPECTED[locale]) expect(text).toContain(words);
      const { pieces } = untranslated(locale, ({ scoring, results }) => ({
        scoring,
        bands: results.bands,
        importance: results.importance,
        order: results.order,
        within: results.change.withinSpread,
      }));
      expect(pieces.length).toBeGreaterThan(60);
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
      for (const english of ["How scoring works", "high risk", "worth watching", "question change", "Changed:"])
        expect(text).not.toContain(english);
    });
  });
}
