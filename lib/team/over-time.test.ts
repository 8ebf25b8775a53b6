import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";
import { changeCaption, compareTeams, spreadChangeText } from "./over-time";
import { teamText } from "../../test/team-text";

const team = (...links: string[]) => aggregateTeam(links.join("\n"), teamCatalogue).byQuestionnaire;

describe("compareTeams", () => {
  // Last year: options 1 and 2 → c at stages 2 and 3: mean 2.5; iqr of [2, 3] = 2.75 − 2.25 = 0.5.
  // This year: both at option 2 → c = 3 and 3: mean 3, iqr 0. Change +0.5 in mean, −0.5 in spread.
  const lastYear = team(
    teamLink({ journey: journeyAt(1), blunders: blundersAt(2) }),
    teamLink({ journey: journeyAt(2) }),
  );
  const thisYear = team(
    teamLink({ journey: journeyAt(2) }, { label: "A" }),
    teamLink({ journey: journeyAt(2) }, { label: "B" }),
  );
  const [journey, ...rest] = compareTeams(lastYear, thisYear);

  it("gives each area's mean and spread then and now, with the change", () => {
    const c = journey?.areas.find((a) => a.id === "c");
    expect(c?.before).toMatchObject({ mean: 2.5, iqr: 0.5, count: 2 });
    expect(c?.after).toMatchObject({ mean: 3, iqr: 0, count: 2 });
    expect(c?.meanChange).toBe(0.5);
    expect(c?.iqrChange).toBe(-0.5);
  });

  it("gives the change of the team's overall", () => {
    // Then: (2.083 + 3.167) / 2 = 2.625; now 3.167 → +0.542.
    expect(journey?.overallChange).toBeCloseTo(9.5 / 3 - 2.625, 10);
    expect(journey?.before.leaders).toBe(2);
  });

  it("says it in words, with one leader as one leader", () => {
    const [one] = compareTeams(lastYear, team(teamLink({ journey: journeyAt(2) })));
    expect(one && changeCaption(one, teamText())).toBe(
      "Mini journey: then 2 leaders, now 1 leader; overall 2.63 → 3.17 (+0.54)",
    );
    expect(spreadChangeText("stages", -0.5, teamText())).toBe("−0.5 (agree more)");
    expect(spreadChangeText("stages", 0, teamText())).toBe("±0");
  });

  it("leaves out a questionnaire only one of the two teams took", () => {
    expect(rest).toEqual([]);
    expect(compareTeams(thisYear, lastYear).map((q) => q.questionnaireId)).toEqual(["mini"]);
  });
});
