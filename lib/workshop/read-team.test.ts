import { describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { decodeFragment } from "../link/fragment";
import { drain } from "../shared/steps";
import { aggregateTeamInput } from "../team-input/aggregate";
import { teamViewSteps } from "./read-team";

describe("from pasted text to a team view", () => {
  const text = [
    teamLink({ journey: journeyAt(1) }, { label: "CEO" }),
    "junk",
    teamLink({ journey: journeyAt(3) }),
  ].join("\n");

  it("gives the team the input reader gives, its report, and each result's clean link", () => {
    const view = drain(teamViewSteps(text, teamCatalogue, teamContentFixture()));
    if (!view.ok) throw new Error(view.error.message);
    const read = aggregateTeamInput(text, teamCatalogue);
    expect(read.ok && view.value.team).toEqual(read.ok && read.value);
    expect(view.value.report.status).toBe("2 results read, 1 line skipped.");
    expect(view.value.fragments.map((f) => decodeFragment(f, teamCatalogue).ok)).toEqual([true, true]);
    expect(view.value.fragments[0]).toBe(text.split("\n")[0]?.split("#")[1]);
  });

  it("refuses what the caps refuse, unread", () => {
    const view = drain(teamViewSteps("\u0000".repeat(100), teamCatalogue, teamContentFixture()));
    expect(view).toMatchObject({ ok: false, error: { kind: "not-text" } });
  });
});
