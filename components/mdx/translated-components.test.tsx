import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { summarise } from "@/lib/questionnaire/summary";
import { shownText, untranslated } from "@/test/untranslated";
import { articleComponents } from "./article-components";

/** What each language's reader must see: the takeaways' title, the comparison's sides, the card's call. */
const EXPECTED = {
  de: ["Das Wichtigste in Kürze", "Der Kardinalfehler", "Wo steht Ihre Organisation?", "Jetzt beginnen: "],
  fr: ["À retenir", "L’erreur", "Où en est votre organisation", "Commencer"],
  es: ["Ideas clave", "El error", "¿En qué punto está su organización?", "Empezar: "],
} as const;

for (const locale of LOCALES.filter((l) => l !== "en")) {
  describe(`an article's components in ${locale}`, () => {
    afterEach(cleanup);

    it("name themselves in the article's language, with none of the English left", () => {
      const { articles } = messagesFor(locale);
      const assessments = loadCurrentQuestionnairesIn(locale).map(summarise);
      const { KeyTakeaways, BlunderComparison, TakeAssessment } = articleComponents({
        model: loadStageModelIn(locale),
        assessments,
        locale,
        anchor: articles.anchor,
        mdx: articles.mdx,
      });
      render(
        <>
          <KeyTakeaways>
            <ul>
              <li>—</li>
            </ul>
          </KeyTakeaways>
          <BlunderComparison blunder="—" alternative="—" />
          <TakeAssessment questionnaire="journey" />
        </>,
      );
      const text = shownText();
      for (const words of EXPECTED[locale]) expect(text).toContain(words);
      const journey = assessments.find((a) => a.id === "journey")!;
      expect(screen.getByRole("link").textContent).toContain(journey.title);
      // The card starts the assessment in the article's language, not the English one.
      expect(screen.getByRole("link").getAttribute("href")).toBe(`/${locale}/assess/journey/`);
      expect(screen.getByRole("group", { name: articles.mdx.comparison.label })).toBeTruthy();
      expect(screen.getByRole("complementary", { name: articles.mdx.takeaways })).toBeTruthy();
      const { english, pieces } = untranslated(locale, (m) => m.articles.mdx);
      expect(pieces.length).toBeGreaterThan(5);
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
      for (const label of english.filter((s) => !s.includes("{") && s.length > 3)) expect(text).not.toContain(label);
    });

    it("keep a link to a page of the site in the article's language", () => {
      const { articles } = messagesFor(locale);
      const { a: Link } = articleComponents({
        model: loadStageModelIn(locale),
        assessments: [],
        locale,
        anchor: articles.anchor,
        mdx: articles.mdx,
      });
      render(<Link href="/how-scoring-works/">—</Link>);
      expect(screen.getByRole("link").getAttribute("href")).toBe(`/${locale}/how-scoring-works/`);
    });
  });
}
