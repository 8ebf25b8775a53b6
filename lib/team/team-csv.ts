import { toCsv, type CsvValue } from "../results/csv";
import { overallOf } from "../scoring/score";
import type { TeamAggregate } from "./types";
import { countOf } from "../shared/plural";

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The whole team view as CSV: a row per area summary, per respondent, and per problem line. */
export function teamToCsv(team: TeamAggregate): string {
  const rows: CsvValue[][] = [
    [
      "row",
      "questionnaire",
      "area or line",
      "label",
      "organisation",
      "mean or score",
      "min",
      "max",
      "range",
      "interquartile range",
      "note",
    ],
  ];
  for (const q of team.byQuestionnaire) {
    for (const d of q.dimensions) {
      rows.push([
        "area",
        q.questionnaireId,
        d.name,
        null,
        null,
        round(d.mean),
        round(d.min),
        round(d.max),
        round(d.range),
        round(d.iqr),
        d.outliers.length > 0
          ? `${countOf(d.outliers.length, "leader sees", "leaders see")} it very differently`
          : d.disagreement
            ? "leaders disagree"
            : `${d.count} scored`,
      ]);
    }
  }
  for (const r of team.respondents) {
    r.result.assessments.forEach((a, i) => {
      const score = r.scores[i];
      const overall = score ? overallOf(score) : null;
      rows.push([
        "respondent",
        a.questionnaireId,
        r.line,
        r.result.label ?? null,
        r.result.org ?? null,
        overall,
        null,
        null,
        null,
        null,
        `version ${a.version}`,
      ]);
    });
  }
  for (const p of team.problems)
    rows.push(["problem", null, p.line, null, null, null, null, null, null, null, p.reason]);
  return toCsv(rows);
}
