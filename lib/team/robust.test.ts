import { describe, expect, it } from "vitest";
import { choose, type Answers } from "../questionnaire/answers";
import { journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";
import { leaderName } from "./leaders";
import { quantileOfCounts, quantileSorted, quartilesSorted } from "./robust";

describe("quartiles", () => {
  it.each([
    // [1, 2, 3, 4]: h = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75; median 2.5; q3 h = 2.25 → 3.25.
    [[1, 2, 3, 4], { q1: 1.75, median: 2.5, q3: 3.25, iqr: 1.5 }],
    // Nine values, eight of them 4: every quartile is 4, whatever the ninth is.
    [[1, 4, 4, 4, 4, 4, 4, 4, 4], { q1: 4, median: 4, q3: 4, iqr: 0 }],
  ])("of %j", (values, expected) => {
    expect(quartilesSorted(values)).toEqual(expected);
  });

  it("gives the same quantile from counts as from the expanded list", () => {
    // 1 × 1, 3 × 2, 0 × 5, 2 × 6 → [1, 2, 2, 2, 6, 6]
    const values = [1, 2, 5, 6];
    const counts = [1, 3, 0, 2];
    for (const p of [0, 0.25, 0.5, 0.75, 1]) {
      expect(quantileOfCounts(values, counts, p)).toBe(quantileSorted([1, 2, 2, 2, 6, 6], p));
    }
  });
});

describe("disagreement with one outlier", () => {
  // Eight leaders who broadly agree (stages 5 to 6 in every area, at most one stage apart) and one at stage 1 throughout.
  const agreeing = [4, 5, 4, 5, 4, 5, 4, 5].map((i, n) =>
    teamLink({ journey: journeyAt(i) }, { label: `Leader ${n}` }),
  );
  const allOnes: Answers = Object.fromEntries(Object.keys(journeyAt(0)).map((id) => [id, choose(0)]));
  const team = aggregateTeam(
    [...agreeing, teamLink({ journey: allOnes }, { label: "Sceptic" })].join("\n"),
    teamCatalogue,
  );
  const [journey] = team.byQuestionnaire;

  it("flags no area as disagreement", () => {
    expect(journey?.dimensions.map((d) => [d.id, d.disagreement])).toEqual([
      ["a", false],
      ["b", false],
      ["c", false],
    ]);
    // The old measure, highest minus lowest, would have flagged every area (≥ 2 stages apart).
    expect(journey?.dimensions.every((d) => (d.range ?? 0) >= 2)).toBe(true);
  });

  it("names the outlier in every area instead, as far lower than the team", () => {
    for (const d of journey?.dimensions ?? []) {
      expect(d.outliers.map((o) => [leaderName(team.leaders[o.leader] ?? team.leaders[0]!), o.side])).toEqual([
        ["Sceptic", "low"],
      ]);
    }
  });

  it("still flags a genuine split: half the team at stage 1, half at stage 6", () => {
    const split = [0, 5, 0, 5, 0, 5, 0, 5].map((i, n) => teamLink({ journey: journeyAt(i) }, { label: `L${n}` }));
    const [q] = aggregateTeam(split.join("\n"), teamCatalogue).byQuestionnaire;
    const c = q?.dimensions.find((d) => d.id === "c");
    expect(c).toMatchObject({ disagreement: true });
    // Two camps of four, at stage 1 and stage 6: the gap of 5 stages is over 1.5 and wider than
    // either camp (0 wide). The median, 3.5, falls between them, so by the one rule for "far"
    // every leader is 2.5 stages from it: the grid marks all eight, and the camps are the finding.
    expect(c?.camps?.map((camp) => [camp.leaders.length, camp.min, camp.max])).toEqual([
      [4, 1, 1],
      [4, 6, 6],
    ]);
    expect(c?.outliers.map((o) => o.side)).toEqual(["low", "high", "low", "high", "low", "high", "low", "high"]);
  });
});
