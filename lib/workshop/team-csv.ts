import { toCsv, type CsvValue } from "../results/csv";
import { overallOf } from "../scoring/score";
import { fill } from "../i18n/format";
import { lineReasonText } from "../team-input/reasons";
import { leaderNameAs } from "../team/leaders";
import { commonSpelling } from "../team/spellings";
import type { TeamText } from "../team/text";
import type { TeamAggregate } from "../team/types";
import { teamFindings } from "./findings";
import { sentenceText } from "./sentence";

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/**
 * The whole team view as CSV: a row per area summary, per respondent, and per problem line. An
 * area's note is the sentence the team view writes for it, from the same claim, leaders named
 * as the facilitator sees them.
 *
 * The headers and notes are in the team view's language; the first column's values ("area",
 * "respondent", "problem") stay as they are in every language, so a sheet filters the same.
 */
export function teamToCsv(team: TeamAggregate, text: TeamText): string {
  const h = text.team.csv;
  const rows: CsvValue[][] = [
    [
      h.row,
      h.questionnaire,
      h.areaOrLine,
      h.label,
      h.organisation,
      h.meanOrScore,
      h.min,
      h.max,
      h.range,
      h.iqr,
      h.note,
    ],
  ];
  const nameOf = (i: number) => {
    const leader = team.leaders[i];
    return leader ? leaderNameAs(leader, text.team.leaderNumbered) : fill(text.team.leaderNumbered, { n: i + 1 });
  };
  for (const q of team.byQuestionnaire) {
    const notes = new Map(teamFindings(q, team.leaders, text).areas.map((a) => [a.id, sentenceText(a.note, nameOf)]));
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
        notes.get(d.id) ?? null,
      ]);
    }
  }
  const spell = commonSpelling(team.respondents.map((r) => r.result.org));
  for (const r of team.respondents) {
    r.result.assessments.forEach((a, i) => {
      const score = r.scores[i];
      const overall = score ? overallOf(score) : null;
      rows.push([
        "respondent",
        a.questionnaireId,
        r.line,
        r.result.label ?? null,
        r.result.org ? spell(r.result.org) : null,
        overall,
        null,
        null,
        null,
        null,
        fill(text.team.csvVersion, { n: a.version }),
      ]);
    });
  }
  for (const p of team.problems)
    rows.push([
      "problem",
      null,
      p.line,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      lineReasonText(p.why, text.locale, text.link),
    ]);
  return toCsv(rows);
}
