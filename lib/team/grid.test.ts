import { describe, expect, it } from "vitest";
import { choose, type Answers } from "../questionnaire/answers";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";
import { leaderGrid } from "./grid";

describe("leaderGrid", () => {
  const allOnes: Answers = Object.fromEntries(Object.keys(journeyAt(0)).map((id) => [id, choose(0)]));
  const links = [
    teamLink({ journey: journeyAt(2), blunders: blundersAt(3) }, { label: "coo" }),
    teamLink({ journey: journeyAt(4) }),
    teamLink({ journey: journeyAt(5) }, { label: "CEO" }),
    teamLink({ journey: journeyAt(4) }, { label: "CFO" }),
    teamLink({ journey: journeyAt(5) }, { label: "CMO" }),
    teamLink({ journey: allOnes }, { label: "Sceptic" }),
  ];
  const team = aggregateTeam(links.join("\n"), teamCatalogue);
  const grid = leaderGrid(team.leaders, team.byQuestionnaire);

  it("has a column per area of each questionnaire, journey first", () => {
    expect(grid.columns.map((c) => c.id)).toEqual(["a", "b", "c", "x", "y"]);
  });

  it("sorts rows by role, ignoring case, with unnamed leaders last", () => {
    expect(grid.rows.map((r) => r.name)).toEqual(["CEO", "CFO", "CMO", "coo", "Sceptic", "Leader 2"]);
  });

  it("gives each cell its value as text and its stage or band", () => {
    const coo = grid.rows.find((r) => r.name === "coo");
    // Option 2: a = (3 + 4 + 4 + 3) / 4 = 3.5, which rounds down to stage 3.
    // Area a is 1, 3.5, 5.5, 5.5, 6, 6 across the team: median 5.5, and 3.5 is 2 below it, far lower.
    expect(coo?.cells[0]).toEqual({ text: "3.5", tone: { kind: "stage", stage: 3 }, outlier: "low" });
    // "Agree" on both statements: 25 and 75 → 50, worth watching.
    expect(coo?.cells[3]).toEqual({ text: "50", tone: { kind: "band", band: "watch" }, outlier: null });
    // Leaders without the blunders check show a dash, with no colour.
    expect(grid.rows[0]?.cells[4]).toEqual({ text: "–", tone: null, outlier: null });
  });

  it("marks the outlier's cells, and only theirs", () => {
    // Eight leaders at stages 5 to 6 and one at stage 1 in every area (see robust.test.ts).
    const agreeing = [4, 5, 4, 5, 4, 5, 4, 5].map((i, n) => teamLink({ journey: journeyAt(i) }, { label: `L${n}` }));
    const nine = aggregateTeam(
      [...agreeing, teamLink({ journey: allOnes }, { label: "Sceptic" })].join("\n"),
      teamCatalogue,
    );
    const rows = leaderGrid(nine.leaders, nine.byQuestionnaire).rows;
    expect(rows.filter((r) => r.cells.some((c) => c.outlier)).map((r) => r.name)).toEqual(["Sceptic"]);
    expect(rows.find((r) => r.name === "Sceptic")?.cells.map((c) => c.outlier)).toEqual(["low", "low", "low"]);
  });
});
