import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generatedTeams, teamOf } from "../../test/team-arbitraries";
import { teamContentFixture } from "../../test/team-content";
import { parseCsv } from "../../test/parse-csv";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN, TWO_CAMPS } from "../scoring/thresholds";
import { MAX_NAMED, type TeamClaim } from "../team/claims";
import { quartilesSorted } from "../team/robust";
import type { QuestionnaireAggregate, TeamAggregate } from "../team/types";
import { evidencePicture } from "./evidence";
import { sentenceText } from "./sentence";
import { buildSlides } from "./slides";
import { teamToCsv } from "./team-csv";
import { buildTeamReport } from "./team-report";

// Every claim the team view makes, checked against the rule /how-scoring-works/ states, over
// generated teams of 2–50 leaders. `npm run fuzz` (vitest --mode fuzz) runs many more teams.
const RUNS = import.meta.env.MODE === "fuzz" ? 5_000 : 200;
// Thousands of teams of up to 50 leaders take a minute or two on a busy machine.
const TIMEOUT = 600_000;
// The same slack the rules allow for floating point (lib/team/score-spread.ts).
const EPS = 1e-6;

type Point = { leader: number; value: number };

/** Each leader's score in one area, recomputed from the leaders themselves, not from the aggregate. */
function pointsOf(team: TeamAggregate, q: QuestionnaireAggregate, area: string): Point[] {
  return team.leaders.flatMap((l, leader) => {
    const value = l.assessments
      .find((a) => a.questionnaireId === q.questionnaireId)
      ?.score.dimensions.find((d) => d.id === area)?.score;
    return value === null || value === undefined ? [] : [{ leader, value }];
  });
}

const medianOf = (points: readonly Point[]) => quartilesSorted(points.map((p) => p.value).sort((a, b) => a - b));

/** The leaders far from an area's median, by the rule as the page states it, as "leader:side". */
function farOf(points: readonly Point[], far: number): string[] {
  const q = medianOf(points);
  if (!q || points.length < MIN_LEADERS_FOR_MEDIAN) return [];
  return points
    .filter((p) => Math.abs(p.value - q.median) >= far - EPS)
    .map((p) => `${p.leader}:${p.value < q.median ? "low" : "high"}`);
}

/** Checks one claim against its evidence and against the scores it rests on. */
function checkClaim(team: TeamAggregate, q: QuestionnaireAggregate, claim: TeamClaim) {
  const far = FAR_APART[q.kind];
  const points = (area: string) => pointsOf(team, q, area);
  switch (claim.rule) {
    case "two-camps": {
      const all = points(claim.area.id);
      const [low, high] = claim.camps;
      // The camps are everyone who scored the area, split where nobody sits.
      expect([...low.leaders, ...high.leaders].sort((a, b) => a - b)).toEqual(all.map((p) => p.leader));
      const value = (l: number) => all.find((p) => p.leader === l)?.value ?? NaN;
      for (const camp of claim.camps) {
        expect(camp.leaders.length).toBeGreaterThanOrEqual(
          Math.max(TWO_CAMPS.minLeaders, Math.ceil(all.length * TWO_CAMPS.minShare)),
        );
        expect(Math.min(...camp.leaders.map(value))).toBe(camp.min);
        expect(Math.max(...camp.leaders.map(value))).toBe(camp.max);
      }
      const gap = high.min - low.max;
      expect(claim.gap).toBeCloseTo(gap, 9);
      expect(gap).toBeGreaterThanOrEqual(far - EPS);
      expect(gap).toBeGreaterThan(low.max - low.min);
      expect(gap).toBeGreaterThan(high.max - high.min);
      return;
    }
    case "far-from-median": {
      const all = points(claim.area.id);
      expect(claim.area.median).toBe(medianOf(all)?.median);
      expect(claim.apart.map((a) => `${a.leader}:${a.side}`).sort()).toEqual(farOf(all, far).sort());
      expect(claim.counted).toBe(claim.apart.length > MAX_NAMED);
      for (const n of claim.named) expect(claim.apart).toContainEqual(n);
      return;
    }
    case "stands-out":
      expect(claim.apart.length).toBeGreaterThanOrEqual(2);
      expect(claim.apart.length * 2).toBeGreaterThan(claim.judged);
      for (const a of claim.apart) {
        expect(farOf(points(a.area.id), far)).toContain(`${claim.leader}:${a.value < a.area.median ? "low" : "high"}`);
        if (claim.side !== "both") expect(a.value < a.area.median ? "low" : "high").toBe(claim.side);
      }
      return;
    case "middle-half-apart": {
      const quartiles = medianOf(points(claim.area.id));
      expect(quartiles?.iqr ?? 0).toBeGreaterThanOrEqual(far - EPS);
      expect([quartiles?.q1, quartiles?.q3]).toEqual([claim.q1, claim.q3]);
      return;
    }
    case "broadly-agree":
      expect(claim.leaders).toBeGreaterThanOrEqual(MIN_LEADERS_FOR_MEDIAN);
      for (const a of claim.areas) {
        expect(a.count).toBeGreaterThanOrEqual(MIN_LEADERS_FOR_MEDIAN);
        expect(farOf(points(a.id), far)).toEqual([]);
      }
      for (const a of claim.except) expect(a.count).toBeLessThan(MIN_LEADERS_FOR_MEDIAN);
      expect(claim.widest).toBeLessThan(far - EPS);
      return;
    case "two-leaders":
      expect(q.respondents).toBe(2);
      for (const a of claim.apart) expect(a.distance).toBeGreaterThanOrEqual(far - EPS);
      return;
    default:
      return;
  }
}

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
          const report = buildTeamReport(team, [], teamContentFixture());
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
          const report = buildTeamReport(team, [], teamContentFixture());
          const { grid } = report;
          const name = (i: number) => report.names[i] ?? "";
          const csv = parseCsv(teamToCsv(team)).filter((row) => row[0] === "area");
          const slides = buildSlides(report, { today: "2027-03-12", actions: [] });
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
              const picture = evidencePicture(claim, chart);
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
