import { benchmarkFromTeam, type BenchmarkFile } from "../benchmarks/export";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { encodeFragment } from "../link/fragment";
import type { Catalogue } from "../questionnaire/catalogue";
import { overallOf } from "../scoring/score";
import { teamResultParams } from "../team-input/team-link";
import { teamToCsv } from "./team-csv";
import { commonSpelling } from "../team/spellings";
import type { TeamText } from "../team/text";
import type { TeamAggregate } from "../team/types";

/**
 * One respondent as the table of respondents lists them: role as typed, organisation in its
 * common spelling, the language they answered in (their link's `l=`, English when it has none),
 * overall per questionnaire.
 */
export type RespondentRow = {
  line: number;
  label: string | null;
  org: string | null;
  language: Locale;
  overall: (number | null)[];
};

/**
 * What the team view offers on demand (the table of respondents, the CSV, the benchmark file,
 * the team link), built from the whole team where the team was read: in the Web Worker, after
 * the view itself is on screen, so a page with 5,000 leaders never holds their scores.
 */
export type TeamExports = {
  /** Each respondent's result written afresh (one clean spelling), for the file of links. */
  fragments: string[];
  /** The same results as the team link's parameters (teamResultParams): the page adds the extras. */
  results: string;
  respondents: RespondentRow[];
  /** The questionnaires whose overall each row gives, in order. */
  columns: { questionnaireId: string; title: string; kind: "stages" | "agreement" }[];
  csv: string;
  /** The anonymous benchmark file, under the default name until the facilitator gives one. */
  benchmark: BenchmarkFile;
};

export function teamExports(team: TeamAggregate, catalogue: Catalogue, text: TeamText): TeamExports {
  const columns = team.byQuestionnaire.map(({ questionnaireId, title, kind }) => ({ questionnaireId, title, kind }));
  const benchmark = benchmarkFromTeam(team.leaders, "", catalogue, text);
  const spell = commonSpelling(team.respondents.map((r) => r.result.org));
  const fragments = team.respondents.map((r) => encodeFragment(r.result, catalogue));
  return {
    fragments,
    results: teamResultParams(fragments),
    respondents: team.respondents.map((r) => ({
      line: r.line,
      label: r.result.label ?? null,
      org: r.result.org ? spell(r.result.org) : null,
      language: r.result.language ?? DEFAULT_LOCALE,
      overall: columns.map((c) => {
        const score = r.scores[r.result.assessments.findIndex((a) => a.questionnaireId === c.questionnaireId)];
        return score ? overallOf(score) : null;
      }),
    })),
    columns,
    csv: teamToCsv(team, text),
    benchmark,
  };
}
