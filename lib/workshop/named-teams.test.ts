import { describe, expect, it } from "vitest";
import { NAMED_TEAMS, SEVEN_LEADERS, namedTeamText } from "../../test/named-teams";
import { teamContentFixture } from "../../test/team-content";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { aggregateTeam } from "../team-input/aggregate";
import { leaderName } from "../team/leaders";
import { teamFindings } from "./findings";
import { parseCsv } from "../../test/parse-csv";
import { teamToCsv } from "./team-csv";
import { buildTeamReport } from "./team-report";
import { sentenceText } from "./sentence";
import { teamText } from "../../test/team-text";

const catalogue = loadCatalogue();
const read = (team: (typeof NAMED_TEAMS)[keyof typeof NAMED_TEAMS]) => {
  const aggregate = aggregateTeam(namedTeamText(team, catalogue), catalogue);
  const nameOf = (i: number) => leaderName(aggregate.leaders[i] ?? { number: i + 1, lines: [], assessments: [] });
  const findings = aggregate.byQuestionnaire.map((q) => teamFindings(q, aggregate.leaders, teamText()));
  return {
    aggregate,
    findings,
    summary: findings.flatMap((f) => f.summary.map((s) => sentenceText(s.sentence, nameOf))),
    rules: findings.flatMap((f) => f.summary.map((s) => s.claim.rule)),
  };
};

describe("the seven leaders with one real split", () => {
  const { aggregate, summary } = read(SEVEN_LEADERS);

  it("are told of exactly that split, and of the CFO far below in three areas", () => {
    // Customer insight, sorted: 1.25 1.5 2 | 5 5.25 5.5 5.75. The gap, 5 − 2 = 3 stages, is at
    // least 1.5 and wider than either camp (0.75 each), with three and four leaders a side.
    // People and culture: 2.25 2.5 2.75 3 | 4 4 4: a gap of one stage, under 1.5: no camps.
    // Saving the top recognition: 31 38 44 50 50 | 75 75: a gap of 25 points, under 30: none.
    expect(summary).toEqual([
      "In Customer insight and measurement the team splits into two camps: 3 leaders at 1.25–2 and 4 leaders at 5–5.75, 3 stages apart.",
      "In Structure and collaboration, CFO · Northwind Utilities far lower (1.25) than the rest; the team's median is 3.",
      "In Accountability for the customer, CFO · Northwind Utilities far lower (1.25) than the rest; the team's median is 3.25.",
      "In Processes and policies, CFO · Northwind Utilities far lower (1.25) than the rest; the team's median is 3.25.",
      "The leaders broadly agree: in every area, each of the 7 leaders is within 30 points of the team's median.",
    ]);
  });

  it("mark the CFO in the grid wherever 1.5 stages or more below the median, and nobody else but the low camp", () => {
    const report = buildTeamReport(aggregate, catalogue, teamContentFixture(), teamText());
    const marked = report.grid.rows.flatMap((r) =>
      r.cells.flatMap((c, i) =>
        c.outlier ? [`${r.name.split(" · ")[0]} ${report.grid.columns[i]?.id} ${c.outlier}`] : [],
      ),
    );
    // The CFO's 1.25 is 1.75 below structure's median (3), 2 below accountability's and
    // processes' (3.25), 3.75 below insight's (5); the COO's 1.5 and the CIO's 2 are 3.5 and 3
    // below insight's. Every other score is within 1.5 stages (30 points) of its median.
    expect(marked.sort()).toEqual(
      [
        "CFO structure low",
        "CFO accountability low",
        "CFO insight low",
        "CFO processes low",
        "COO insight low",
        "CIO insight low",
      ].sort(),
    );
  });

  it("say in the CSV what the page says of each area", () => {
    const report = buildTeamReport(aggregate, catalogue, teamContentFixture(), teamText());
    const notes = report.findings.flatMap((f) =>
      f.areas.map((a) => sentenceText(a.note, (i) => report.names[i] ?? "")),
    );
    const csv = parseCsv(teamToCsv(aggregate, teamText()))
      .filter((row) => row[0] === "area")
      .map((row) => row[10]);
    // Where the page says the team splits, the CSV said "7 scored".
    expect(csv).toEqual(notes);
    expect(csv).toContain("Two camps: 3 leaders at 1.25–2 and 4 leaders at 5–5.75, 3 stages apart.");
  });
});

describe("the other named teams", () => {
  it.each([
    ["five who broadly agree", ["broadly-agree", "broadly-agree"]],
    ["one far lower in one area", ["far-from-median"]],
    ["one far higher in most areas", ["stands-out", "stands-out"]],
    ["a team of two", ["two-leaders", "two-leaders"]],
    ["a team of fifty", ["stands-out", "stands-out", "stands-out", "two-camps", "broadly-agree"]],
  ] as const)("%s: %j", (name, rules) => {
    expect(read(NAMED_TEAMS[name]).rules).toEqual(rules);
  });
});
