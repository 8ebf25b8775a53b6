import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { blundersOf, journeyOf } from "@/lib/questionnaire/catalogue";
import { shownText, untranslated } from "@/test/untranslated";
import { BlundersOverview } from "./blunders-overview";
import { JourneyOverview } from "./journey-overview";

for (const locale of LOCALES.filter((l) => l !== "en")) {
  describe(`the overview pages in ${locale}`, () => {
    const current = loadCurrentQuestionnairesIn(locale);
    const language = { locale, messages: messagesFor(locale) };
    const m = language.messages.overview;
    const { pieces } = untranslated(locale, ({ overview, estimate }) => ({ overview, estimate }));
    const noEnglish = () => {
      const text = shownText();
      expect(pieces.length).toBeGreaterThan(20);
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
    };

    it("the journey's: its words, its stages from content/i18n, and its calls to start", () => {
      const journey = journeyOf(current)!;
      const model = loadStageModelIn(locale);
      render(<JourneyOverview model={model} journey={journey} library={[]} tags={[]} language={language} />);
      expect(screen.getByRole("heading", { level: 1, name: m.journey.title })).toBeTruthy();
      expect(screen.getByRole("link", { name: m.journey.start })).toBeTruthy();
      expect(document.body.textContent).toContain(model.stages[0]!.name);
      expect(document.body.textContent).toContain(journey.dimensions[0]!.name);
      noEnglish();
    });

    it("the blunders': its words, the blunders from content/i18n, and its calls to start", () => {
      const blunders = blundersOf(current)!;
      render(<BlundersOverview blunders={blunders} library={[]} tags={[]} language={language} />);
      expect(screen.getByRole("heading", { level: 1, name: m.blunders.title })).toBeTruthy();
      expect(screen.getByRole("link", { name: m.blunders.start })).toBeTruthy();
      expect(screen.getByRole("heading", { level: 2, name: blunders.dimensions[0]!.name })).toBeTruthy();
      noEnglish();
    });
  });
}
