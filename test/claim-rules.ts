import { expect } from "vitest";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN, TWO_CAMPS } from "../lib/scoring/thresholds";
import { MAX_NAMED, type TeamClaim } from "../lib/team/claims";
import { quartilesSorted } from "../lib/team/robust";
import type { QuestionnaireAggregate, TeamAggregate } from "../lib/team/types";

// The team's rules as /how-scoring-works/ states them, written again from the page, for the
// property tests to hold each claim to (lib/workshop/claims-property.test.ts).

/** The same slack the rules allow for floating point (lib/team/score-spread.ts). */
const EPS = 1e-6;

type Point = { leader: number; value: number };

/** Each leader's score in one area, recomputed from the leaders themselves, not from the aggregate. */
export function pointsOf(team: TeamAggregate, q: QuestionnaireAggregate, area: string): Point[] {
  return team.leaders.flatMap((l, leader) => {
    const value = l.assessments
      .find((a) => a.questionnaireId === q.questionnaireId)
      ?.score.dimensions.find((d) => d.id === area)?.score;
    return value === null || value === undefined ? [] : [{ leader, value }];
  });
}

const medianOf = (points: readonly Point[]) => quartilesSorted(points.map((p) => p.value).sort((a, b) => a - b));

/** The leaders far from an area's median, by the rule as the page states it, as "leader:side". */
export function farOf(points: readonly Point[], far: number): string[] {
  const q = medianOf(points);
  if (!q || points.length < MIN_LEADERS_FOR_MEDIAN) return [];
  return points
    .filter((p) => Math.abs(p.value - q.median) >= far - EPS)
    .map((p) => `${p.leader}:${p.value < q.median ? "low" : "high"}`);
}

/** Checks one claim against its evidence and against the scores it rests on. */
export function checkClaim(team: TeamAggregate, q: QuestionnaireAggregate, claim: TeamClaim) {
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
