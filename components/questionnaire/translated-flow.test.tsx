import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { fill } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { choose, DONT_KNOW, type Answers } from "@/lib/questionnaire/answers";
import { flowProps } from "@/lib/questionnaire/for-browser";
import { progressKey } from "@/lib/storage/keys";
import { PROGRESS_FORMAT } from "@/lib/storage/progress";
import { flowLanguage } from "@/test/flow-messages";
import { shownText, untranslated } from "@/test/untranslated";
import { QuestionFlow } from "./question-flow";

const noEnglish = ({ english, pieces }: ReturnType<typeof untranslated>) => {
  const text = shownText();
  expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
  // Short labels whole: no button reads "Next", "Back", "Change"…
  const names = screen.getAllByRole("button").map((b) => b.textContent ?? "");
  expect(names.filter((name) => english.includes(name))).toEqual([]);
};

for (const locale of LOCALES.filter((l) => l !== "en")) {
  describe(`the question flow in ${locale}`, () => {
    const props = flowProps(loadCurrentQuestionnairesIn(locale), "journey");
    if (!props) throw new Error(`no journey in ${locale}`);
    const { questionnaire: q } = props;
    const language = flowLanguage(locale);
    const m = language.messages.flow;
    const words = untranslated(locale, ({ flow, estimate, latest }) => ({ flow, estimate, latest }));
    // The list is long enough to catch what it is for.
    expect(words.pieces.length).toBeGreaterThan(80);
    const renderFlow = () => render(<QuestionFlow {...props} {...language} />);

    it("asks the first question in the page's language, from content/i18n, with its words around it", async () => {
      const user = userEvent.setup();
      renderFlow();
      expect(screen.getByRole("heading", { name: m.intro.title })).toBeTruthy();
      noEnglish(words);
      await user.click(screen.getByRole("button", { name: m.intro.start }));
      const first = q.questions[0]!;
      expect(screen.getByRole("heading", { level: 2, name: first.text })).toBeTruthy();
      expect(screen.getByRole("radio", { name: m.question.dontKnow })).toBeTruthy();
      expect(screen.getByText(fill(m.progress.position, { n: 1, total: q.questions.length }))).toBeTruthy();
      expect(screen.getByRole("button", { name: m.question.next })).toBeTruthy();
      noEnglish(words);
    });

    it("reviews the answers in the page's language, saying which are open", async () => {
      const user = userEvent.setup();
      // Every question answered but the last, the first with "don't know", as a resumed run.
      const open = q.questions.at(-1)!;
      const answers: Answers = Object.fromEntries(
        q.questions.slice(0, -1).map((question, i) => [question.id, i === 0 ? DONT_KNOW : choose(1)]),
      );
      const progress = { format: PROGRESS_FORMAT, questionnaireId: q.id, version: q.version, answers };
      localStorage.setItem(
        progressKey(q.id),
        JSON.stringify({ ...progress, position: q.questions.length, savedAt: "2026-12-01T09:30:00Z" }),
      );
      renderFlow();
      await user.click(await screen.findByRole("button", { name: m.intro.resume }));
      expect(screen.getByRole("heading", { name: m.review.title })).toBeTruthy();
      const missing = screen.getByRole("list", { name: m.review.missingList });
      expect(missing.textContent).toContain(open.text);
      expect(screen.getAllByText(m.question.dontKnow).length).toBeGreaterThan(0);
      expect(document.body.textContent).toContain(q.questions[0]!.text);
      noEnglish(words);
    });
  });
}
