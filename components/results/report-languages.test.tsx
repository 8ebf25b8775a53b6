import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadCombinedIn } from "@/lib/content/assessments/load-combined";
import { loadReportContentIn } from "@/lib/content/assessments/load-report-content";
import { loadStageModelIn } from "@/lib/content/assessments/load-stage-model";
import { loadCatalogueIn, loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { messagesFor } from "@/lib/i18n/messages";
import type { ReportContent } from "@/lib/report/content";
import { summarise } from "@/lib/questionnaire/summary";
import type { Locale } from "@/lib/i18n/locales";
import type { SharedResult } from "@/lib/link/result-schema";
import { choose } from "@/lib/questionnaire/answers";
import { blundersOf, journeyOf } from "@/lib/questionnaire/catalogue";
import { overallStage } from "@/lib/report/area-stages";
import { scoreStages } from "@/lib/scoring/stages";
import { encodeFragment } from "@/lib/link/fragment";
import { Report } from "./report";
import { ResultsView } from "./results-view";

// The report in German, French and Spanish: the words of content/i18n and of the language's
// message modules, and none of the English interface, with every section open (as on paper) and
// a retake's change since last time, notes aside.
const j = journeyOf(loadCurrentQuestionnaires())!;
const b = blundersOf(loadCurrentQuestionnaires())!;
const answers = (q: typeof j | typeof b, pick: (i: number, n: number) => number) =>
  Object.fromEntries(q.questions.map((x, i) => [x.id, choose(pick(i, "options" in x ? x.options.length : 5))]));
const now: SharedResult["assessments"] = [
  { questionnaireId: j.id, version: j.version, answers: answers(j, (i, n) => (i * 2) % n) },
  { questionnaireId: b.id, version: b.version, answers: answers(b, () => 3) },
];
const result: SharedResult = {
  assessments: now,
  date: "2026-11-22",
  importance: { people: "critical", leadership: "less" },
  previous: {
    assessments: [{ questionnaireId: j.id, version: j.version, answers: answers(j, () => 1) }, now[1]!],
    date: "2025-11-22",
  },
};

/**
 * English the report's interface says, from every part of it: none may show in another language.
 * (The plan's steps are English content here, see contentIn, so words such as "stage" alone are
 * left out: "of 6" and "next: stage" are the interface's.)
 */
const ENGLISH = [
  "Overall stage",
  "Overall avoidance",
  "Your three priorities",
  "See your plan",
  "Change since last time",
  "Your plan",
  "How the two results relate",
  "Print, download or share",
  "Name and share this result",
  "Include my notes",
  "Complete the picture",
  "Retake later",
  "Retake with these answers",
  "Weakest first",
  "By importance",
  "as in your plan",
  "Targets: where each area should get to",
  "How much it matters",
  "Not marked",
  "Act here first",
  "Keep it up",
  "Low priority",
  "Possibly over-invested",
  "What matters, and how mature it is",
  "Your answers, area by area",
  "You are here",
  "Next stage",
  "Not enough answers",
  "Don't know",
  " of 6",
  "next: stage",
  "(hold)",
  "target stage",
  "answers span",
  "High risk",
  "Worth watching",
  "Healthy",
  "tends to hold back",
  "journey average",
  "Each blunder, and its alternative",
  "What it looks like",
  "The flashpoint alternative",
  "In your organisation",
  "Why it matters",
  "Read more",
  "Download the plan",
  "Print or save as PDF",
  "Copy link",
  "Download CSV",
  "Scored in your browser",
  "Printed on",
  "answers changed",
  "No answer changed",
  "Last time",
  "This time",
  "not reached yet",
  "Answered",
  "Target",
  "Average",
  "Open this report",
];

/**
 * A report's content in a language. At this commit every language's journey plan steps fail their
 * own checks (titles over 80 characters in content/i18n/<lang>/recommendations/journey-steps.yaml,
 * and German area stages' names and summaries too long for content/i18n/de/area-stages.yaml), so
 * loadReportContentIn(locale) throws; until they are shortened, the plan's steps, recommendations
 * and area stages are the English ones here, and everything else is the language's: Graham Hill's
 * stages, how the two assessments relate, its questionnaires, and all its words.
 */
function contentIn(locale: Locale): ReportContent {
  const english = loadReportContentIn("en");
  const { results, report, link } = messagesFor(locale);
  return {
    ...english,
    locale,
    messages: { results, report, link },
    model: loadStageModelIn(locale),
    combined: loadCombinedIn(locale, loadCurrentQuestionnaires()),
    current: loadCurrentQuestionnairesIn(locale).map(summarise),
  };
}

const STAGE_WORD: Record<Exclude<Locale, "en">, string> = { de: "Stufe", fr: "Stade", es: "Etapa" };

describe.each(["de", "fr", "es"] as const)("the report in %s", (locale) => {
  const content = contentIn(locale);
  const catalogue = loadCatalogueIn(locale);

  it("says the overall stage in the language's own stage names and figures, and no English", () => {
    const { container } = render(<Report result={result} catalogue={catalogue} content={content} />);
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    const text = container.textContent ?? "";
    const stage = scoreStages(j, result.assessments[0]!.answers).stage!;
    // The stage's name comes from content/i18n/<lang>/stages.yaml, the line's form from the messages.
    expect(text).toContain(`${STAGE_WORD[locale]} ${stage} `);
    expect(text).toContain(overallStage(content.model, stage).name);
    expect(overallStage(content.model, stage).name).not.toBe(overallStage(contentIn("en").model, stage).name);
    // A figure with a decimal comma: "2,75 von 6", "2,75 sur 6", "2,75 de 6".
    expect(text).toMatch(/\d,\d+ (von|sur|de) 6/);
    expect(ENGLISH.filter((english) => text.includes(english))).toEqual([]);
    act(() => void window.dispatchEvent(new Event("afterprint")));
  });
});

describe.each(["de", "fr", "es"] as const)("a damaged result link in %s", (locale) => {
  it("is told what went wrong in the language, not in English", async () => {
    const catalogue = loadCatalogueIn(locale);
    const content = contentIn(locale);
    // A link cut short, as a mail that wraps it leaves it.
    const good = encodeFragment({ assessments: now }, catalogue);
    const bad = good.slice(0, -6);
    window.history.replaceState(null, "", `/results/#${bad}`);
    render(<ResultsView catalogue={catalogue} content={content} />);
    const alert = await screen.findByRole("alert");
    const said = alert.textContent ?? "";
    expect(said).toContain(content.messages.report.view.cannotShow);
    expect(said).toContain(content.messages.link.ask);
    expect(said).not.toContain("Ask the person who sent it");
    expect(said).not.toContain("This result cannot be shown");
    window.history.replaceState(null, "", "/results/");
  });
});
