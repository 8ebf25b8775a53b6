import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generatedTeams, teamOf } from "../../test/team-arbitraries";
import { teamContentFixture } from "../../test/team-content";
import { parseCsv } from "../../test/parse-csv";
import { checkClaim, farOf, pointsOf } from "../../test/claim-rules";
import { FAR_APART } from "../scoring/thresholds";
import { evidencePicture } from "./evidence";
import { sentenceText } from "./sentence";
import { buildSlides } from "./slides";
import { teamToCsv } from "./team-csv";
import { buildTeamReport } from "./team-report";
import { teamText } from "../../test/team-text";

// Every claim the team view makes, checked against the rule /how-scoring-works/ states, over
// generated teams of 2–50 leaders. `npm run fuzz` (vitest --mode fuzz) runs many more teams.
const RUNS = import.meta.env.MODE === "fuzz" ? 5_000 : 200;
// Thousands of teams of up to 50 leaders take a minute or two on a busy machine.
const TIMEOUT = 600_000;

let teams = 0;
let claims = 0;
afterAll(() => console.log(`fuzz: ${teams} generated teams, ${claims} claims checked against their rules`));

describe("every claim about a generated team", () => {
  it(
    "is true of its evidence by the rule the scoring page states, and no two contradict",
    () => {
      fc.assert(
        fc.property(generatedTeams, (generated) => {
          teams += 1;
          const team = teamOf(generated);
          const report = buildTeamReport(team, [], teamContentFixture(), teamText());
          report.findings.forEach((f, i) => {
            const q = team.byQuestionnaire[i];
            if (!q) throw new Error("a finding without its questionnaire");
            const summary = f.summary.map((s) => s.claim);
            claims += summary.length;
            for (const claim of summary) checkClaim(team, q, claim);
            // "Broadly agree" stands alone: no area is both agreed on and split, or far.
            if (summary.some((c) => c.rule === "broadly-agree")) expect(summary).toHaveLength(1);
            // Each area's note makes the same claim as the summary, where the summary makes one.
            for (const c of summary) {
              if (c.rule !== "two-camps" && c.rule !== "far-from-median") continue;
              expect(f.areas.find((a) => a.id === c.area.id)?.claim).toEqual(c);
            }
            // One claim of a kind per area.
            const perArea = summary.flatMap((c) => ("area" in c ? [`${c.rule} ${c.area.id}`] : []));
            expect(new Set(perArea).size).toBe(perArea.length);
            // An area split in two camps is said as camps, never as leaders far from the median.
            const split = new Set(summary.flatMap((c) => (c.rule === "two-camps" ? [c.area.id] : [])));
            for (const c of summary) if (c.rule === "far-from-median") expect(split.has(c.area.id)).toBe(false);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "agrees with the grid's marks, the slides, the CSV and the pack",
    () => {
      fc.assert(
        fc.property(generatedTeams, (generated) => {
          const team = teamOf(generated);
          const report = buildTeamReport(team, [], teamContentFixture(), teamText());
          const { grid } = report;
          const name = (i: number) => report.names[i] ?? "";
          const csv = parseCsv(teamToCsv(team, teamText())).filter((row) => row[0] === "area");
          const slides = buildSlides(report, { today: "2027-03-12", actions: [] }, teamText());
          report.findings.forEach((f, qi) => {
            const q = team.byQuestionnaire[qi];
            const chart = report.spreads[qi]?.chart;
            if (!q || !chart) throw new Error("a finding without its questionnaire");
            const far = FAR_APART[q.kind];
            for (const d of q.dimensions) {
              const column = grid.columns.findIndex((c) => c.questionnaireId === q.questionnaireId && c.id === d.id);
              // The grid marks exactly the leaders the rule calls far, and nobody else.
              const marked = grid.rows.flatMap((r) => {
                const mark = r.cells[column]?.outlier;
                return mark ? [`${r.leader}:${mark}`] : [];
              });
              expect(marked.sort()).toEqual(farOf(pointsOf(team, q, d.id), far).sort());
              // Every marked leader is one the findings speak of in that area.
              const note = f.areas.find((a) => a.id === d.id)?.claim;
              for (const m of marked) {
                const leader = Number(m.split(":")[0]);
                const said =
                  (note?.rule === "far-from-median" && note.apart.some((a) => a.leader === leader)) ||
                  (note?.rule === "two-camps" && note.camps.some((c) => c.leaders.includes(leader))) ||
                  ((note?.rule === "within" || note?.rule === "middle-half-apart") && note.standouts.includes(leader));
                expect(said, `${m} in ${d.id}: ${note?.rule}`).toBe(true);
              }
              // The CSV's note for the area is the page's.
              const row = csv.find((r) => r[1] === q.questionnaireId && r[2] === d.name);
              expect(row?.[10]).toBe(sentenceText(f.areas.find((a) => a.id === d.id)?.note ?? [], name));
            }
            // One finding slide per finding, with its sentence, and a picture that marks what the claim says.
            const own = slides.filter((s) => s.kind === "finding" && s.key.startsWith(`finding-${q.questionnaireId}-`));
            expect(own.map((s) => (s.kind === "finding" ? s.sentence : []))).toEqual(f.summary.map((s) => s.sentence));
            for (const { claim } of f.summary) {
              const picture = evidencePicture(claim, chart, teamText());
              if (claim.rule === "two-camps") {
                const dots = picture?.rows[0]?.dots ?? [];
                const inCamp = (side: 0 | 1) => claim.camps[side].leaders.length;
                const count = (mark: string) => dots.filter((d) => d.mark === mark).reduce((n, d) => n + d.count, 0);
                expect([count("camp-low"), count("camp-high")]).toEqual([inCamp(0), inCamp(1)]);
              }
              if (claim.rule === "far-from-median") {
                const dots = picture?.rows[0]?.dots ?? [];
                const markedDots = dots
                  .filter((d) => d.mark === "low" || d.mark === "high")
                  .reduce((n, d) => n + d.count, 0);
                expect(markedDots).toBe(claim.apart.length);
              }
            }
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
