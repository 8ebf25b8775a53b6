import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeFragment } from "../link/fragment";
import { IMPORTANCE_LEVELS, type ImportanceByArea } from "../link/importance";
import { IMPORTANCE_SPLIT } from "../scoring/thresholds";
import { aggregateTeam } from "../team-input/aggregate";
import { buildSlides } from "../workshop/slides";
import { sentenceText } from "../workshop/sentence";
import { buildTeamReport } from "../workshop/team-report";
import { journeyAt, teamCatalogue } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { areaImportance, importanceSplits, teamLevel } from "./importance";
import { questionnaireClaims } from "./claims";
import { teamText } from "../../test/team-text";

/** A leader's journey link, with the importance they marked. */
const linkOf = (stage: number, importance?: ImportanceByArea, label?: string) =>
  `https://example.org/results/#${encodeFragment(
    {
      assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(stage) }],
      ...(importance && { importance }),
      ...(label && { label }),
    },
    teamCatalogue,
  )}`;
const read = (links: string[]) => aggregateTeam(links.join("\n"), teamCatalogue);
const content = { ...teamContentFixture(), importancePrompt: { prompt: "Settle it.", credit: "C. Author" } };

describe("teamLevel", () => {
  // The marks in order less < important < critical; the middle one, the lower with an even count.
  it.each([
    [{ critical: [0], important: [1], less: [2] }, "important"],
    [{ critical: [0], important: [], less: [1] }, "less"],
    [{ critical: [0, 1, 2], important: [], less: [3] }, "critical"],
    [{ critical: [0, 1], important: [2], less: [3] }, "important"],
    [{ critical: [], important: [], less: [] }, undefined],
  ])("%o is %s", (tally, level) => {
    expect(teamLevel(tally)).toBe(level);
  });
});

describe("importance across a team", () => {
  // Four leaders: the CFO marks a critical and c less; the COO marks a less; the CTO a important;
  // the fourth marks nothing.
  const team = read([
    linkOf(1, { a: "critical", c: "less" }, "CFO"),
    linkOf(2, { a: "less" }, "COO"),
    linkOf(3, { a: "important" }, "CTO"),
    linkOf(4),
  ]);
  const journey = team.byQuestionnaire.find((q) => q.questionnaireId === "mini")!;

  it("counts who marked each level per area, and who left it unmarked", () => {
    const [a, b, c] = areaImportance(journey, team.leaders);
    expect(a).toMatchObject({ critical: [0], important: [2], less: [1], unmarked: 1, team: "important" });
    expect(b).toEqual({ id: "b", name: "Area B", critical: [], important: [], less: [], unmarked: 4 });
    expect(c).toMatchObject({ critical: [], less: [0], unmarked: 3, team: "less" });
  });

  it("finds the disagreement on what matters, with its evidence, and asks the room about it", () => {
    const claims = questionnaireClaims(journey, team.leaders);
    expect(claims.importance.map((c) => c.area.id)).toEqual(["a"]);
    const report = buildTeamReport(team, teamCatalogue, content, teamText());
    const finding = report.findings[0]!.summary.find((f) => f.claim.rule === "importance-split")!;
    expect(sentenceText(finding.sentence, (l) => report.names[l]!)).toBe(
      "In Area A, leaders disagree on what matters: CFO marked it critical to our strategy, COO less important now (1 marked it important, 1 left it unmarked).",
    );
    // In the slides, names hidden until shown, the finding has its own slide with the prompt.
    const slides = buildSlides(report, { today: "2027-03-12", actions: [] }, teamText());
    const slide = slides.find((s) => s.kind === "finding" && s.prompt);
    expect(slide?.kind === "finding" && sentenceText(slide.sentence, (l) => `Leader ${"ABCD"[l]}`)).toMatch(
      /^In Area A, leaders disagree on what matters: Leader A marked it critical/,
    );
    expect(slide?.kind === "finding" && slide.prompt?.prompt).toBe("Settle it.");
    expect(
      report.importance?.rows.map((r) => [r.id, r.critical, r.important, r.less, r.unmarked, r.team, r.split]),
    ).toEqual([
      ["a", 1, 1, 1, 1, "Important", true],
      ["b", 0, 0, 0, 4, "Not marked", false],
      ["c", 0, 0, 1, 3, "Less important now", false],
    ]);
  });

  it("puts the team's critical areas first in the team's plan", () => {
    // Every leader at the same stage in every area: without importance the plan goes in questionnaire order.
    const plain = [linkOf(1), linkOf(1), linkOf(1)];
    const before = buildTeamReport(read(plain), teamCatalogue, content, teamText()).recommendations.map((r) => r.area);
    const marked = [linkOf(1, { b: "critical" }), linkOf(1, { b: "critical" }), linkOf(1)];
    const after = buildTeamReport(read(marked), teamCatalogue, content, teamText()).recommendations.map((r) => r.area);
    expect(after[0]).toBe("b");
    expect(after).toEqual(["b", ...before.filter((a) => a !== "b")].slice(0, after.length));
    expect(buildTeamReport(read(plain), teamCatalogue, content, teamText()).importance).toBeNull();
  });
});

describe("the disagreement on what matters (property)", () => {
  it("is claimed exactly where the rule holds, and each claim is true of its evidence", () => {
    const mark = fc.dictionary(fc.constantFrom("a", "b", "c"), fc.constantFrom(...IMPORTANCE_LEVELS));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.option(mark)), { minLength: 1, maxLength: 8 }),
        (people) => {
          const team = read(people.map(([stage, importance]) => linkOf(stage, importance ?? undefined)));
          const journey = team.byQuestionnaire.find((q) => q.questionnaireId === "mini")!;
          const areas = areaImportance(journey, team.leaders);
          const claimed = new Set(importanceSplits(areas).map((c) => c.area.id));
          for (const area of areas) {
            const at = (level: string) =>
              team.leaders.flatMap((l, i) => (l.importance?.[area.id] === level ? [i] : []));
            for (const level of IMPORTANCE_LEVELS) expect(area[level]).toEqual(at(level));
            const marked = area.critical.length + area.important.length + area.less.length;
            expect(area.unmarked).toBe(team.leaders.length - marked);
            const rule = area.critical.length >= IMPORTANCE_SPLIT.critical && area.less.length >= IMPORTANCE_SPLIT.less;
            expect(claimed.has(area.id)).toBe(rule);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
