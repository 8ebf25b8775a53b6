import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import type { SharedResult } from "../link/result-schema";
import { choose } from "../questionnaire/answers";
import { journeyOf } from "../questionnaire/catalogue";
import { resultToCsv } from "../results/export";
import { parseCsv } from "../../test/parse-csv";
import { buildReport } from "./build-report";
import { reportToCsv } from "./report-csv";

const catalogue = loadCatalogue();
const content = loadReportContent();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const at = (i: number): SharedResult => ({
  assessments: [
    {
      questionnaireId: journey.id,
      version: journey.version,
      answers: Object.fromEntries(journey.questions.map((q) => [q.id, choose(Math.min(i, q.options.length - 1))])),
    },
  ],
});

describe("the report's CSV", () => {
  it("is the result's CSV when there is no earlier result", () => {
    const result = { ...at(1), date: "2026-11-22" };
    expect(reportToCsv(result, buildReport(result, catalogue, content), EN)).toBe(
      resultToCsv(result, buildReport(result, catalogue, content).evaluated, EN),
    );
  });

  it("adds a retake's changes and targets in the words the page uses", () => {
    const result = { ...at(3), targets: { leadership: 6, people: 2 }, previous: { ...at(1), date: "2025-11-22" } };
    const model = buildReport(result, catalogue, content);
    const view = model.since!.views[0]!;
    const rows = parseCsv(reportToCsv(result, model, EN));
    const changes = rows.filter((r) => r[0] === "change");
    expect(changes.map((r) => [r[4], r[6], r[7]])).toEqual([
      ...view.overall.map((l) => ["overall", l.text, l.claim ? String(l.claim.delta) : ""]),
      ...view.rows.map((r) => [r.id, r.change, r.claim ? String(r.claim.delta) : ""]),
    ]);
    expect(rows.filter((r) => r[0] === "target").map((r) => [r[4], r[6], r[7]])).toEqual(
      view.targets!.items.map((t) => [t.id, t.text, String(t.target)]),
    );
  });
});
