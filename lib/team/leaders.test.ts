import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";
import { leaderName } from "./leaders";

const read = (...links: string[]) => aggregateTeam(links.join("\n"), teamCatalogue);
const ceo = { label: "CEO", org: "Acme" };

describe("groupLeaders", () => {
  it("merges one leader's journey-only and blunders-only links when role and organisation match", () => {
    const team = read(
      teamLink({ journey: journeyAt(2) }, ceo),
      teamLink({ blunders: blundersAt(4) }, { label: " ceo ", org: "ACME" }),
    );
    expect(team.respondents).toHaveLength(2);
    expect(team.leaders).toHaveLength(1);
    expect(team.leaders[0]?.lines).toEqual([1, 2]);
    expect(team.leaders[0]?.assessments.map((a) => a.questionnaireId)).toEqual(["mini", "mini-blunders"]);
    expect(team.unpaired).toEqual([]);
    // Each questionnaire counts the merged person once.
    expect(team.byQuestionnaire.map((q) => q.respondents)).toEqual([1, 1]);
  });

  it("keeps links side by side when the organisation differs", () => {
    const team = read(
      teamLink({ journey: journeyAt(2) }, ceo),
      teamLink({ blunders: blundersAt(4) }, { label: "CEO", org: "Other" }),
    );
    expect(team.leaders.map(leaderName)).toEqual(["CEO · Acme", "CEO · Other"]);
  });

  it("keeps links without a role side by side", () => {
    const team = read(teamLink({ journey: journeyAt(2) }), teamLink({ blunders: blundersAt(4) }));
    expect(team.leaders.map(leaderName)).toEqual(["Leader 1", "Leader 2"]);
  });

  it("does not guess when two journey links could pair with one blunders link, and says so", () => {
    const team = read(
      teamLink({ journey: journeyAt(1) }, ceo),
      teamLink({ journey: journeyAt(3) }, ceo),
      teamLink({ blunders: blundersAt(4) }, ceo),
    );
    expect(team.leaders).toHaveLength(3);
    expect(team.unpaired).toEqual([{ label: "CEO", org: "Acme", links: 3 }]);
  });

  it("never merges two links that hold the same assessment", () => {
    const team = read(teamLink({ journey: journeyAt(1) }, ceo), teamLink({ journey: journeyAt(3) }, ceo));
    expect(team.leaders).toHaveLength(2);
    expect(team.unpaired).toEqual([]);
  });

  it("does not merge a full link with a partial one", () => {
    const team = read(
      teamLink({ journey: journeyAt(1), blunders: blundersAt(1) }, ceo),
      teamLink({ blunders: blundersAt(4) }, ceo),
    );
    expect(team.leaders).toHaveLength(2);
  });
});
