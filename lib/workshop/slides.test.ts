import { describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { aggregateTeam } from "../team-input/aggregate";
import { actionLines } from "./action-choices";
import type { Action } from "./actions";
import { letterOf, namer } from "./leader-letters";
import { buildTeamReport } from "./team-report";
import { buildSlides, GRID_ROWS_PER_SLIDE, MAX_GRID_SLIDE_LEADERS } from "./slides";
import { teamText } from "../../test/team-text";

const content = teamContentFixture();
const teamOf = (n: number) =>
  aggregateTeam(
    Array.from({ length: n }, (_, i) => teamLink({ journey: journeyAt(i % 6) }, { label: `Role ${i + 1}` })).join("\n"),
    teamCatalogue,
  );
const slidesOf = (n: number, actions: Action[] = []) => {
  const team = teamOf(n);
  const report = buildTeamReport(team, teamCatalogue, content, teamText());
  return buildSlides(
    report,
    { today: "2027-03-12", actions: actionLines(actions, teamCatalogue, teamText()), team: "Retail" },
    teamText(),
  );
};

describe("present mode's slides", () => {
  it("open on the team's overall, then the findings, the spread, the grid, the questions and the advice", () => {
    const slides = slidesOf(4);
    expect(slides[0]).toMatchObject({ kind: "title", team: "Retail", subtitle: "4 leaders · 12 March 2027" });
    const kinds = [...new Set(slides.map((s) => s.kind))];
    expect(kinds).toEqual(["title", "finding", "spread", "grid", "question", "recommendation"]);
    // One idea per slide: one disputed question, one recommendation each.
    expect(
      slides.filter((s) => s.kind === "question").every((s) => s.title.startsWith("Where leaders disagree most")),
    ).toBe(true);
  });

  it(`continue the grid on the next slide past ${GRID_ROWS_PER_SLIDE} leaders, in the order the links came`, () => {
    const grid = slidesOf(23).filter((s) => s.kind === "grid");
    expect(grid.map((s) => s.title)).toEqual([
      "Who sees what: Mini journey (1 of 3)",
      "Who sees what: Mini journey (2 of 3)",
      "Who sees what: Mini journey (3 of 3)",
    ]);
    expect(grid.map((s) => (s.kind === "grid" ? s.rows.length : 0))).toEqual([10, 10, 3]);
    expect(grid[0]?.kind === "grid" && grid[0].rows.map((r) => r.leader)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it(`show no grid past ${MAX_GRID_SLIDE_LEADERS} leaders, but say where it is`, () => {
    const slides = slidesOf(MAX_GRID_SLIDE_LEADERS + 1);
    expect(slides.filter((s) => s.kind === "grid")).toEqual([]);
    expect(slides.find((s) => s.kind === "note")).toMatchObject({ title: "Who sees what" });
  });

  it("end on the actions agreed, five to a slide", () => {
    const action: Action = {
      about: { questionnaireId: "mini", kind: "area", id: "a" },
      text: "Do it",
      owner: "CEO",
      due: "2027-04-01",
    };
    const slides = slidesOf(
      3,
      Array.from({ length: 7 }, () => action),
    );
    const actions = slides.filter((s) => s.kind === "actions");
    expect(actions.map((s) => (s.kind === "actions" ? s.items.length : 0))).toEqual([5, 2]);
    expect(slides.at(-1)?.title).toBe("Actions agreed (2 of 2)");
  });
});

describe("the questions leaders disagree on most", () => {
  it("never repeat a prompt: an area's prompt comes with its first question, later ones point back to it", () => {
    // journeyAt(i % 6) for six leaders: every question of every area is answered across the
    // scale, so the five most disputed include several questions of one area.
    const questions = slidesOf(6).flatMap((s) => (s.kind === "question" ? [s.item] : []));
    expect(questions.length).toBeGreaterThan(1);
    const texts = questions.map((q) => q.prompt?.prompt ?? q.sameAreaAs?.text);
    expect(texts.every(Boolean)).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
    questions.forEach((q) => {
      if (!q.sameAreaAs) return;
      const first = questions[q.sameAreaAs.at - 1];
      expect(first?.question.dimension).toBe(q.question.dimension);
      expect(first?.prompt?.area).toBe(q.question.dimension);
    });
  });
});

describe("a finding's slide", () => {
  it("holds one claim in large type and a picture of its evidence", () => {
    const findings = slidesOf(6).filter((s) => s.kind === "finding");
    expect(findings.length).toBeGreaterThan(0);
    for (const s of findings) if (s.kind === "finding") expect(s.sentence.length).toBeGreaterThan(0);
  });
});

describe("names in front of the team", () => {
  it("are letters by default, in the order the links came, as spreadsheet columns count", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(letterOf)).toEqual(["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
    const names = ["Role 1", "Role 2"];
    expect([0, 1].map(namer(names, "letters"))).toEqual(["Leader A", "Leader B"]);
    expect([0, 1].map(namer(names, "roles"))).toEqual(["Role 1", "Role 2"]);
  });
});
