import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatedTeams, teamOf } from "../../test/team-arbitraries";
import { teamContentFixture } from "../../test/team-content";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamText } from "../../test/team-text";
import { drain } from "../shared/slices";
import { summaryOf, teamViewSteps, type TeamView } from "./read-team";
import { buildTeamReport } from "./team-report";
import { packView, transferablesOf, unpackView } from "./view-message";

/** What the page receives: the packed view through structured clone, its buffers handed over. */
function posted(view: TeamView): TeamView {
  const message = packView(view);
  return unpackView(structuredClone(message, { transfer: transferablesOf(message) }));
}

describe("the team view as the worker posts it", () => {
  it("comes back equal to the view, over generated teams", () => {
    fc.assert(
      fc.property(generatedTeams, (generated) => {
        const team = teamOf(generated);
        const view = { summary: summaryOf(team), report: buildTeamReport(team, [], teamContentFixture(), teamText()) };
        expect(posted(view)).toEqual(view);
      }),
      { numRuns: 100 },
    );
  });

  it("comes back equal for pasted links, with the invitation and actions of a team link", () => {
    const text = [
      teamLink({ journey: journeyAt(1), blunders: blundersAt(4) }, { label: "CEO" }),
      teamLink({ journey: journeyAt(5) }, { label: "CFO" }),
      teamLink({ blunders: blundersAt(0) }),
    ].join("\n");
    const read = drain(
      teamViewSteps({ kind: "text", text, source: "text" }, teamCatalogue, teamContentFixture(), teamText()),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(posted(read.value.view)).toEqual(read.value.view);
  });

  it("holds no object per leader: the grid's cells and the leaders apart travel as typed arrays", () => {
    const generated = {
      size: 400,
      journey: [Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 6 : 2))],
      blunders: [Array.from({ length: 400 }, (_, i) => i % 100)],
    };
    const team = teamOf(generated);
    const view = { summary: summaryOf(team), report: buildTeamReport(team, [], teamContentFixture(), teamText()) };
    const message = packView(view);
    // Scores take few values, so the cells are a small table; each row is codes into it.
    expect(message.report.grid.cells.length).toBeLessThan(120);
    expect(message.report.grid.codes).toHaveLength(400 * 2);
    // The 40 leaders far above the journey area's median, one packed object for the area and its claim.
    const outliers = message.summary.byQuestionnaire[0]?.dimensions[0]?.outliers;
    expect(outliers?.leaders).toHaveLength(40);
    const claim = message.report.findings[0]?.areas[0]?.claim;
    expect(claim?.rule === "far-from-median" && claim.apart).toBe(outliers);
    // Rebuilt on the page, the area's outliers and its claim's are again one array.
    const back = unpackView(structuredClone(message));
    const area = back.report.findings[0]?.areas[0]?.claim;
    expect(area?.rule === "far-from-median" && area.apart).toBe(
      back.summary.byQuestionnaire[0]?.dimensions[0]?.outliers,
    );
  });
});
