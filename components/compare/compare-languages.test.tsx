import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { encodeCompareFragment } from "@/lib/compare/compare-link";
import { loadCatalogueIn } from "@/lib/content/i18n/load-translations";
import { formatDateIn } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import { encodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { today } from "@/lib/results/today";
import { CompareView } from "./compare-view";

// Compare in German, French and Spanish: a later result dated after today and two names, so the
// warnings show, and the change table, in the language's words, with none of compare's English.
const journey = journeyOf(loadCurrentQuestionnaires())!;
const result = (i: number, date: string, label: string): SharedResult => ({
  assessments: [
    {
      questionnaireId: journey.id,
      version: journey.version,
      answers: Object.fromEntries(journey.questions.map((q) => [q.id, choose(Math.min(i, q.options.length - 1))])),
    },
  ],
  label,
  date,
});
const FUTURE = "2999-01-01";

const ENGLISH = [
  "Earlier result link",
  "Later result link",
  "Compare",
  "Change by area",
  "Area",
  "Earlier",
  "Later",
  "These look like two different leaders",
  "after today",
  "answers changed",
  "Before:",
  "After:",
  "Overall stage",
  "Average stage",
  "average stage, 1 to 6",
  " of 6",
  "up",
  "unchanged",
  "not enough answers",
];

afterEach(() => window.history.replaceState(null, "", "/compare/"));

describe.each(["de", "fr", "es"] as const)("compare in %s", (locale) => {
  it("says its warnings, its table and what moved in the language, with no English", async () => {
    const catalogue = loadCatalogueIn(locale);
    const { results, compare, link } = messagesFor(locale);
    const [before, after] = [result(1, "2026-01-10", "CEO"), result(3, FUTURE, "Head of service")];
    const hash = encodeCompareFragment(encodeFragment(before, catalogue), encodeFragment(after, catalogue));
    window.history.replaceState(null, "", `/compare/#${hash}`);
    const { container } = render(
      <CompareView catalogue={catalogue} locale={locale} messages={{ results, compare, link }} />,
    );
    await screen.findByRole("table");
    const text = container.textContent ?? "";
    // The date after today is named in the language's own date format, in its own sentence.
    expect(text).toContain(formatDateIn(locale, FUTURE));
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain(
      compare.future.later
        .replace("{date}", formatDateIn(locale, FUTURE))
        .replace("{today}", formatDateIn(locale, today())),
    );
    expect(text).toContain(results.change.overallStage);
    // English words are matched whole, so "Compare" is not found inside "Comparer".
    const found = ENGLISH.filter((english) =>
      new RegExp(`(^|[^\\p{L}])${english.trim()}($|[^\\p{L}])`, "u").test(text),
    );
    expect(found).toEqual([]);
  });
});
