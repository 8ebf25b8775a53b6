import { describe, expect, it } from "vitest";
import { encodeFragment } from "../link/fragment";
import { choose, type Answers } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { aggregateTeam } from "./aggregate";
import { MAX_TEAM_LINKS } from "./caps";
import { splitLines } from "./lines";
import { decodeTeamFragment, encodeTeamFragment } from "./team-link";
import { teamToCsv } from "../workshop/team-csv";
import { teamText } from "../../test/team-text";
import { reasonInEnglish } from "./english-reasons";

const catalogue = [stagesFixture(), agreementFixture()];
/** Area a: all four answers at option `i` (stage 1..6 for a-1 and a-4); b: both at option 0. */
const journeyLink = (answers: Answers, label?: string) =>
  `https://example.org/results/#${encodeFragment({ assessments: [{ questionnaireId: "mini", version: 1, answers }], label }, catalogue)}`;
const allA = (i: number): Answers => ({ "a-1": choose(i), "a-4": choose(i), "b-1": choose(0), "b-2": choose(0) });

describe("aggregateTeam", () => {
  // Respondent 1: a-1, a-4 at stage 2 → a = 2; respondent 2: stage 5 → a = 5; b = 1 for both.
  const text = [
    journeyLink(allA(1), "CEO"),
    "",
    "not a link",
    journeyLink(allA(4), "COO"),
    journeyLink(allA(1), "CEO"),
  ].join("\n");
  const team = aggregateTeam(text, catalogue);

  it("reads good lines, reports bad ones with their line number and reason, and counts duplicates once", () => {
    expect(team.respondents.map((r) => [r.line, r.result.label])).toEqual([
      [1, "CEO"],
      [4, "COO"],
    ]);
    expect(team.problems.map((p) => [p.line, reasonInEnglish(p)])).toEqual([
      [3, "There is no result link in this line."],
      [5, "Same result as line 1: counted once."],
    ]);
  });

  it("gives the mean, the extremes and the spread per area", () => {
    const [q] = team.byQuestionnaire;
    // a: scores 2 and 5, mean 3.5, range 3. Quartiles of [2, 5] (type 7): q1 = 2 + 0.25 × 3 = 2.75,
    // median 3.5, q3 = 4.25 → iqr 1.5 ≥ 1.5 → disagreement. Two leaders are too few for outliers.
    // b: 1 and 1; c: nobody answered.
    const none = { mean: null, min: null, max: null, range: null, median: null, q1: null, q3: null, iqr: null };
    expect(q?.dimensions).toEqual([
      {
        id: "a",
        name: "Area A",
        count: 2,
        mean: 3.5,
        min: 2,
        max: 5,
        range: 3,
        median: 3.5,
        q1: 2.75,
        q3: 4.25,
        iqr: 1.5,
        outliers: [],
        camps: null,
        disagreement: true,
      },
      {
        id: "b",
        name: "Area B",
        count: 2,
        mean: 1,
        min: 1,
        max: 1,
        range: 0,
        median: 1,
        q1: 1,
        q3: 1,
        iqr: 0,
        outliers: [],
        camps: null,
        disagreement: false,
      },
      { id: "c", name: "Area C", count: 0, ...none, outliers: [], camps: null, disagreement: false },
    ]);
    expect(q).toMatchObject({ questionnaireId: "mini", respondents: 2, versions: [1] });
  });

  it(`reads at most ${MAX_TEAM_LINKS} links and says so`, () => {
    const many = Array.from({ length: MAX_TEAM_LINKS + 3 }, (_, i) => journeyLink(allA(i % 6), `R${i}`)).join("\n");
    const big = aggregateTeam(many, catalogue);
    expect(big.respondents).toHaveLength(MAX_TEAM_LINKS);
    expect(big.problems).toHaveLength(3);
    expect(reasonInEnglish(big.problems[0]!)).toBe("Only the first 5,000 links are read.");
  });

  it("exports the whole view as CSV", () => {
    const lines = teamToCsv(team, teamText()).trimEnd().split("\r\n");
    // header, 3 areas, 2 respondents, 2 problems
    expect(lines).toHaveLength(1 + 3 + 2 + 2);
    expect(lines[1]).toBe(`"area","mini","Area A",,,3.5,2,5,3,1.5,"The two leaders are 3 stages apart."`);
  });
});

describe("input lines", () => {
  it("splits on any line ending and skips blanks", () => {
    expect(splitLines("a\r\n\r\n b \rc\n")).toEqual([
      { line: 1, text: "a", span: 1 },
      { line: 3, text: "b", span: 1 },
      { line: 4, text: "c", span: 1 },
    ]);
  });
});

describe("team links", () => {
  it("round-trip the result fragments", () => {
    const fragments = ["v=1&mini=1.AB&label=A+%26+B", "v=1&mini=1.CD"];
    expect(decodeTeamFragment(`#${encodeTeamFragment(fragments)}`)).toEqual(fragments);
  });
  it("refuse a fragment that is not a team link", () => {
    expect(decodeTeamFragment("#v=1&mini=1.AB")).toBeNull();
  });
});
