import { describe, expect, it } from "vitest";
import { teamCatalogue } from "../../test/team-links";
import { aggregateTeamInput } from "./aggregate";
import { teamLinkText } from "./team-link";

/**
 * A team link written by the site before actions and invitations travelled in it (made with
 * encodeTeamFragment as it was, over the fixture catalogue). Links like it are in people's
 * mail and bookmarks: they must open, forever, as the same team.
 */
const GOLDEN_TEAM_LINK =
  "team=1&r=v%3D2%26mini%3D1.NkgbZn%26mini-blunders%3D1.ZAuC%26label%3DCEO%26org%3DAcme%26z%3DOn8b&r=v%3D2%26mini%3D1.WngtSD%26label%3DCFO%26z%3D7J0V";

describe("a team link made before actions travelled in it", () => {
  it("still opens as the same two leaders", () => {
    const lines = teamLinkText(`#${GOLDEN_TEAM_LINK}`);
    expect(lines?.ok).toBe(true);
    expect(lines?.ok && lines.value.actions).toEqual([]);
    const read = aggregateTeamInput(lines?.ok ? lines.value.text : "", teamCatalogue, { source: "link" });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.problems).toEqual([]);
    expect(read.value.leaders.map((l) => [l.label, l.org])).toEqual([
      ["CEO", "Acme"],
      ["CFO", undefined],
    ]);
    expect(read.value.leaders.map((l) => l.assessments.map((a) => a.questionnaireId))).toEqual([
      ["mini", "mini-blunders"],
      ["mini"],
    ]);
  });
});
