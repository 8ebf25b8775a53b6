import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { aggregateTeam } from "../team-input/aggregate";
import { teamRecommendations } from "./recommend";

// Advice for every area and band of the fixture questionnaires: steps titled "a 2→3", advice "x watch".
const { advice } = teamContentFixture();

describe("teamRecommendations", () => {
  // Two leaders. Journey option 1: a 2.25, b 2, c 2; option 2: a 3.5, b 3, c 3.
  // Team means: a 2.875, b 2.5, c 2.5 → weakest b, then c (questionnaire order), then a.
  // Blunders: every statement at index 0 and 4 → 50 for each leader → team 50, "watch".
  const team = aggregateTeam(
    [
      teamLink({ journey: journeyAt(1), blunders: blundersAt(0) }),
      teamLink({ journey: journeyAt(2), blunders: blundersAt(4) }),
    ].join("\n"),
    teamCatalogue,
  );
  const recs = teamRecommendations(team.byQuestionnaire, advice, teamCatalogue);

  it("gives the weakest journey areas their next step from the stage the team mean rounds to", () => {
    // b: 2.5 rounds down to stage 2 → step 2→3; c likewise; a: 2.875 → stage 3 → step 3→4.
    expect(recs.filter((r) => r.kind === "journey").map((r) => r.title)).toEqual(["b 2→3", "c 2→3", "a 3→4"]);
  });

  it("gives each blunder at risk its band's advice, the flashpoint alternative first", () => {
    const blunders = recs.filter((r) => r.kind === "blunder");
    expect(blunders.map((r) => r.title)).toEqual(["x watch", "y watch"]);
    expect(blunders[0]?.step).toBe("Y instead. Do x watch.");
  });

  it("recommends nothing for a healthy blunder or a journey area at stage 6", () => {
    // Blunder statements strongly disagreed with (100), alternatives strongly agreed with (100).
    const healthy = { "x-1": choose(0), "x-2": choose(4), "y-1": choose(0), "y-2": choose(4) };
    const top = aggregateTeam(teamLink({ journey: journeyAt(5), blunders: healthy }), teamCatalogue);
    expect(top.byQuestionnaire.map((q) => q.overall.mean)).toEqual([6, 100]);
    expect(teamRecommendations(top.byQuestionnaire, advice, teamCatalogue)).toEqual([]);
  });
});
