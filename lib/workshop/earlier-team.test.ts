import { describe, expect, it } from "vitest";
import { encodeTeamFragment } from "../team-input/team-link";
import { encodeAction, type Action } from "./actions";
import { earlierTeam } from "./earlier-team";
import { teamText } from "../../test/team-text";

const action: Action = {
  about: { questionnaireId: "journey", kind: "area", id: "leadership" },
  text: "Walk the complaint process",
  owner: "CEO",
  due: "2026-06-30",
};

describe("an earlier team link in the team over time", () => {
  it("gives its results as lines and the actions agreed then", () => {
    const link = `https://example.org/team/#${encodeTeamFragment(["v=2&x=1"], { actions: [encodeAction(action)] })}`;
    expect(earlierTeam(`  ${link} `, teamText())).toEqual({
      text: "#v=2&x=1",
      source: "link",
      agreed: { actions: [action], problems: [] },
    });
  });

  it("reads anything else as links, with nothing agreed", () => {
    expect(earlierTeam("https://example.org/results/#v=2&x=1", teamText())).toEqual({
      text: "https://example.org/results/#v=2&x=1",
      source: "text",
      agreed: { actions: [], problems: [] },
    });
  });
});
