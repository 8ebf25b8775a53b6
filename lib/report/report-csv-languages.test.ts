import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import { messagesFor } from "../i18n/messages";
import type { SharedResult } from "../link/result-schema";
import { choose } from "../questionnaire/answers";
import { journeyOf } from "../questionnaire/catalogue";
import { planToCsv } from "../results/plan-csv";
import { parseCsv } from "../../test/parse-csv";
import { buildReport } from "./build-report";
import { reportToCsv } from "./report-csv";

// The report's and the plan's CSV in German, French and Spanish: the semicolon CSV with decimal
// commas their spreadsheets read, headers and fixed cells in the language, formulas defused.
const catalogue = loadCatalogue();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const result: SharedResult = {
  assessments: [
    {
      questionnaireId: journey.id,
      version: journey.version,
      answers: Object.fromEntries(journey.questions.map((q, i) => [q.id, choose(i % 3)])),
    },
  ],
  label: "=HYPERLINK(1)",
  date: "2026-11-22",
};

describe.each(["de", "fr", "es"] as const)("the CSV in %s", (locale) => {
  const { results, report, link } = messagesFor(locale);
  const words = { locale, messages: { results, report, link } };
  const content = { ...loadReportContent(), ...words };
  const model = buildReport(result, catalogue, content);

  it("splits on `;`, names its columns and rows in the language, and writes figures with a decimal comma", () => {
    const csv = reportToCsv(result, model, words);
    const rows = parseCsv(csv, ";");
    expect(rows[0]).toEqual(Object.values(results.csv.header));
    const dimension = rows.find((r) => r[0] === results.csv.rows.dimension && r[7]?.includes(","));
    expect(dimension?.[7]).toMatch(/^\d,\d+$/);
    const kinds = new Set(Object.values(results.csv.rows));
    expect(rows.slice(1).filter((r) => !kinds.has(r[0] ?? ""))).toEqual([]);
    expect(rows.some((r) => r[0] === results.csv.rows.question)).toBe(true);
    // The hostile label is text, never a formula, whichever separator a reader splits on.
    expect(csv).toContain(`"'=HYPERLINK(1)"`);
  });

  it("writes the plan with the language's header and stage words", () => {
    const steps = model.plan.steps;
    const rows = parseCsv(
      planToCsv(
        steps,
        (slug) => ({ title: slug, url: slug }),
        (id) => id,
        words,
      ),
      ";",
    );
    expect(rows[0]).toEqual(results.plan.csvHeader);
    expect(rows[1]?.[1]).toMatch(new RegExp(`^${results.figure.stageOfSixStart.split(" ")[0]} \\d`));
    expect(rows).toHaveLength(steps.length + 1);
  });
});
