import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/locales";
import { flowProps } from "../../questionnaire/for-browser";
import { loadCurrentQuestionnaires } from "../assessments/load-questionnaires";
import { loadCurrentQuestionnairesIn } from "./load-translations";

// A German, French or Spanish question page hands the flow the translated questionnaire, and
// that goes through the same forBrowser as English: translators' notes stay at home.
describe("a translated questionnaire given to the question flow", () => {
  const english = loadCurrentQuestionnaires();
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const current = loadCurrentQuestionnairesIn(locale);

    it(`${locale}: arrives in its language, without a translator's note`, () => {
      // The translated catalogue carries the notes: the check below could fail.
      expect(JSON.stringify(current)).toContain("translatorNote");
      for (const q of current) {
        const props = flowProps(current, q.id);
        const sent = JSON.stringify(props);
        expect(sent).not.toContain("translatorNote");
        for (const question of q.questions)
          if (question.translatorNote) expect(sent).not.toContain(question.translatorNote);
        const source = english.find((e) => e.id === q.id);
        expect(props?.questionnaire.questions[0]?.text).toBe(q.questions[0]?.text);
        expect(props?.questionnaire.questions[0]?.text).not.toBe(source?.questions[0]?.text);
        expect(props?.siblings.map((s) => s.title)).toEqual(expect.arrayContaining(current.map((c) => c.title)));
      }
    });
  }
});
