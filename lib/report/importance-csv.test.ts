import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { loadReportContent } from "../content/assessments/load-report-content";
import type { SharedResult } from "../link/result-schema";
import { choose } from "../questionnaire/answers";
import { journeyOf } from "../questionnaire/catalogue";
import { parseCsv } from "../../test/parse-csv";
import { buildReport } from "./build-report";
import { reportToCsv } from "./report-csv";

const catalogue = loadCatalogue();
const content = loadReportContent();
const j = journeyOf(loadCurrentQuestionnaires())!;
const [first, second] = j.dimensions;
// Every answer at the last option: stage 6 everywhere, the right-hand half of the chart.
const answers = Object.fromEntries(j.questions.map((q) => [q.id, choose(q.options.length - 1)]));
const result: SharedResult = { assessments: [{ questionnaireId: j.id, version: j.version, answers }] };
const csv = (r: SharedResult) => parseCsv(reportToCsv(r, buildReport(r, catalogue, content), EN));

describe("the result's CSV", () => {
  it("has a row per marked area: its level and where the chart places it", () => {
    const marked: SharedResult = { ...result, importance: { [first!.id]: "critical", [second!.id]: "less" } };
    const rows = csv(marked).filter((r) => r[0] === "importance");
    expect(rows.map((r) => r.slice(0, 8))).toEqual([
      [
        "importance",
        j.id,
        String(j.version),
        first!.id,
        first!.id,
        first!.name,
        "Critical to our strategy",
        "Keep it up",
      ],
      [
        "importance",
        j.id,
        String(j.version),
        second!.id,
        second!.id,
        second!.name,
        "Less important now",
        "Possibly over-invested",
      ],
    ]);
  });

  it("has none when nothing is marked", () => {
    expect(csv(result).some((r) => r[0] === "importance")).toBe(false);
  });
});
