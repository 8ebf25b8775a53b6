import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";

describe("teamOverall", () => {
  it("rounds the mean of the leaders' unrounded means, not the mean of their stages", () => {
    // Option 1: a = (2 + 3 + 2 + 2) / 4 = 2.25 (a-2 offers [1,3,4,6]), b = 2, c = 2 → 6.25 / 3 ≈ 2.083, stage 2.
    // Option 2: a = (3 + 4 + 4 + 3) / 4 = 3.5, b = 3, c = 3 → 9.5 / 3 ≈ 3.167, stage 3.
    // Team: (2.083 + 3.167) / 2 = 2.625 → stage 3. Averaging their stages would give 2.5 → stage 2.
    const team = aggregateTeam(
      [teamLink({ journey: journeyAt(1) }), teamLink({ journey: journeyAt(2) })].join("\n"),
      teamCatalogue,
    );
    const overall = team.byQuestionnaire[0]?.overall;
    expect(overall?.kind).toBe("stages");
    expect(overall?.mean).toBeCloseTo(2.625, 3);
    expect(overall).toMatchObject({ stage: 3, leaders: 2 });
  });

  it("gives the blunders' mean avoidance and its band", () => {
    // Every statement at "Agree" (index 3): blunder-keyed 25, alternative-keyed 75 → 50 per blunder.
    // At "Strongly agree" (4): 0 and 100 → 50. Team mean 50: "watch" (40–70).
    const team = aggregateTeam(
      [teamLink({ blunders: blundersAt(3) }), teamLink({ blunders: blundersAt(4) })].join("\n"),
      teamCatalogue,
    );
    expect(team.byQuestionnaire[0]?.overall).toEqual({ kind: "agreement", mean: 50, band: "watch", leaders: 2 });
  });
});
