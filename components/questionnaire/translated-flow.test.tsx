import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { fill } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { choose, DONT_KNOW, type Answers } from "@/lib/questionnaire/answers";
import { flowProps } from "@/lib/questionnaire/for-browser";
import { progressKey } from "@/lib/storage/keys";
import { PROGRESS_FORMAT } from "@/lib/storage/progress";
import { flowLanguage } from "@/test/flow-messages";
import { QuestionFlow } from "./question-flow";

/** Every string of a message module, plural forms included. */
const leaves = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];

const flowLeaves = (locale: Locale) => {
  const { flow, estimate, latest } = messagesFor(locale);
  return leaves({ flow, estimate, latest });
};

// The English the flow says, in pieces long enough not to turn up inside another language's
// words by chance ("Start" is inside "Starten"), and left out where the language says the same
// (French "questions"): none may show on a translated page.
const english = flowLeaves("en");
const piecesOf = (translated: readonly string[]) =>
  [...new Set(english.flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim()))].filter(
    (s) => s.length >= 8 && !translated.some((t) => t.includes(s)),
  );

/** What a reader meets: the text, and the names given to parts of the page. */
const shown = () =>
  [
    document.body.textContent ?? "",
    ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label") ?? ""),
  ].join("\n");

const noEnglish = (pieces: readonly string[]) => {
  const text = shown();
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
    const pieces = piecesOf(flowLeaves(locale));
    // The list is long enough to catch what it is for.
    expect(pieces.length).toBeGreaterThan(80);
    const renderFlow = () => render(<QuestionFlow {...props} {...language} />);

    it("asks the first question in the page's language, from content/i18n, with its words around it", async () => {
      const user = userEvent.setup();
      renderFlow();
      expect(screen.getByRole("heading", { name: m.intro.title })).toBeTruthy();
      noEnglish(pieces);
      await user.click(screen.getByRole("button", { name: m.intro.start }));
      const first = q.questions[0]!;
      expect(screen.getByRole("heading", { level: 2, name: first.text })).toBeTruthy();
      expect(screen.getByRole("radio", { name: m.question.dontKnow })).toBeTruthy();
      expect(screen.getByText(fill(m.progress.position, { n: 1, total: q.questions.length }))).toBeTruthy();
      expect(screen.getByRole("button", { name: m.question.next })).toBeTruthy();
      noEnglish(pieces);
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
      noEnglish(pieces);
    });
  });
}
