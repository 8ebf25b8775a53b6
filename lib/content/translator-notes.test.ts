import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "./assessments/load-questionnaires";
import { flowProps, forBrowser } from "../questionnaire/for-browser";

// Translators of the current questionnaires read a note on every question; leaders never see one.
describe("the translators' notes", () => {
  const current = loadCurrentQuestionnaires();

  it("are written for every question of every current questionnaire", () => {
    expect(current.map((q) => q.id).sort()).toEqual(["blunders", "journey"]);
    for (const q of current)
      for (const question of q.questions)
        expect(question.translatorNote?.trim(), `${q.id} ${question.id}`).toBeTruthy();
  });

  it("never reach the question flow in the browser", () => {
    for (const q of current) {
      const props = flowProps(current, q.id);
      const sent = JSON.stringify(props);
      expect(sent).not.toContain("translatorNote");
      for (const question of q.questions) expect(sent).not.toContain(question.translatorNote);
    }
  });

  it("are all the flow loses: every other field of every question reaches it unchanged", () => {
    for (const q of current) {
      const props = flowProps(current, q.id);
      expect(props?.siblings.map((s) => s.id)).toEqual(["journey", "blunders"]);
      expect({ ...props?.questionnaire, questions: undefined }).toEqual({ ...q, questions: undefined });
      const shown = props?.questionnaire.questions ?? [];
      expect(shown).toHaveLength(q.questions.length);
      shown.forEach((question, i) =>
        expect({ ...question, translatorNote: q.questions[i]?.translatorNote }).toEqual(q.questions[i]),
      );
    }
  });

  it("stay out of the catalogue the results, compare and team views and /questionnaires.json carry", () => {
    const catalogue = loadCatalogue();
    expect(JSON.stringify(catalogue)).toContain("translatorNote");
    expect(JSON.stringify(catalogue.map(forBrowser))).not.toContain("translatorNote");
  });
});
