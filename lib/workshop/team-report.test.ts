import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { aggregateTeam } from "../team-input/aggregate";
import { actionChoices, actionLines, aboutText } from "./action-choices";
import { buildTeamReport } from "./team-report";
import { sentenceText } from "./sentence";
import { teamText } from "../../test/team-text";

const content = teamContentFixture();
// Three leaders. Journey option 1, 2 and 2: a = 2.25, 3.5, 3.5 → mean 3.08; blunders for two.
const links = [
  teamLink({ journey: journeyAt(1), blunders: blundersAt(0) }, { label: "CEO" }),
  teamLink({ journey: journeyAt(2), blunders: blundersAt(4) }, { label: "CFO" }),
  teamLink({ journey: journeyAt(2) }, { label: "COO", org: "Acme" }),
];
const team = aggregateTeam(links.join("\n"), teamCatalogue);
const report = buildTeamReport(team, teamCatalogue, content, teamText());

describe("the team view as data", () => {
  it("says what was read, and names the leaders as the facilitator knows them", () => {
    expect(report.status).toBe("3 results read.");
    expect(report.paired).toBeNull();
    expect(report.names).toEqual(["CEO", "CFO", "COO · Acme"]);
  });

  it("says how many lines were the mail around the links, apart from the lines skipped", () => {
    const thread = [
      "From: Lena <lena@example.org>",
      "Subject: Results",
      "",
      "Hi Ana,",
      ...links,
      "",
      "Kind regards,",
      "Lena",
    ];
    const read = buildTeamReport(aggregateTeam(thread.join("\n"), teamCatalogue), teamCatalogue, content, teamText());
    expect(read.status).toBe(
      "3 results read, 1 line skipped, 4 lines of mail (headers, quoted text, signatures) left aside.",
    );
  });

  it("gives each questionnaire's overall as a headline and its basis", () => {
    // Journey means per leader: (2.25 + 2 + 2) / 3 = 2.083, then (3.5 + 3 + 3) / 3 = 3.167 twice
    // → team (2.083 + 2 × 3.167) / 3 = 2.81 → stage 3.
    expect(report.overall[0]).toMatchObject({
      headline: "Stage 3 · Cross-functional teams",
      detail: "team mean 2.81 of 3 leaders",
    });
    // Blunders: 50 for each of the two who took it.
    expect(report.overall[1]).toMatchObject({
      headline: "50 / 100: Worth watching",
      detail: "blunders avoided, team mean of 2 leaders",
    });
  });

  it("has findings per questionnaire, the grid, the disputed questions with prompts, and the advice", () => {
    expect(report.findings.map((f) => f.questionnaireId)).toEqual(["mini", "mini-blunders"]);
    expect(sentenceText(report.findings[1]?.summary[0]?.sentence ?? [], (i) => report.names[i] ?? "")).toBe(
      "Only two leaders have answered: too few to say whether the team agrees.",
    );
    expect(report.grid.rows.map((r) => r.name)).toEqual(["CEO", "CFO", "COO · Acme"]);
    // Prompts are per area: each area's prompt once, with its first disputed question.
    const areas = report.questions?.map((q) => q.question.dimension) ?? [];
    report.questions?.forEach((q, i) => {
      const first = areas.indexOf(q.question.dimension);
      if (first === i) expect(q.prompt?.prompt).toBe(`Talk about ${q.question.dimension}.`);
      else expect(q).toMatchObject({ sameAreaAs: { at: first + 1 } });
    });
    expect(report.recommendations[0]?.reading).toEqual([{ slug: "walk-the-talk", title: "Walk the talk" }]);
    expect(report.recommendations[0]?.where).toMatch(/^team mean \d/);
  });

  it("gives each questionnaire's spread as a table and as a chart of dots", () => {
    const [journey] = report.spreads;
    expect(journey?.heading).toBe("Mini journey: 3 respondents");
    expect(journey?.rows[0]).toEqual({
      id: "a",
      name: "Area A",
      mean: "3.08",
      range: "2.25–3.5",
      middle: "2.88–3.5",
    });
    // Area a: one dot at 2.25 (CEO), two stacked at 3.5 (CFO and COO).
    expect(journey?.chart.rows[0]?.dots).toEqual([
      { value: 2.25, count: 1, leaders: [0] },
      { value: 3.5, count: 2, leaders: [1, 2] },
    ]);
    expect(journey?.chart).toMatchObject({ min: 1, max: 6 });
  });
});

describe("what an action can be about", () => {
  it("offers the disputed questions first, then every area of each questionnaire taken", () => {
    const choices = actionChoices(report, teamCatalogue, teamText());
    const areas = choices.filter((c) => c.about.kind === "area").map((c) => c.label);
    expect(areas).toEqual([
      "Area A (Mini journey)",
      "Area B (Mini journey)",
      "Area C (Mini journey)",
      "Blunder X (Mini blunders)",
      "Blunder Y (Mini blunders)",
    ]);
    expect(choices[0]?.about.kind).toBe(report.questions?.length ? "question" : "area");
  });

  it("names an area, a question, or an id the site no longer knows", () => {
    expect(aboutText({ questionnaireId: "mini", kind: "question", id: "a-2" }, teamCatalogue, teamText())).toBe(
      "“Q a-2” (Mini journey)",
    );
    expect(aboutText({ questionnaireId: "mini", kind: "area", id: "gone" }, teamCatalogue, teamText())).toBe(
      "gone (Mini journey)",
    );
    const [line] = actionLines(
      [{ about: { questionnaireId: "mini", kind: "area", id: "a" }, text: "Do it", owner: "CEO", due: "2027-03-31" }],
      teamCatalogue,
      teamText(),
    );
    expect(line).toMatchObject({ aboutText: "Area A (Mini journey)", dueText: "31 March 2027" });
  });
});
