import { describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { decodeFragment } from "../link/fragment";
import { drain } from "../shared/slices";
import { aggregateTeamInput } from "../team-input/aggregate";
import { teamExports } from "./exports";
import { encodeTeamFragment, teamFragmentWith } from "../team-input/team-link";
import { summaryOf, teamViewSteps } from "./read-team";
import { teamText } from "../../test/team-text";

describe("from pasted text to a team view", () => {
  const text = [
    teamLink({ journey: journeyAt(1) }, { label: "CEO" }),
    "junk",
    teamLink({ journey: journeyAt(3) }),
  ].join("\n");

  it("gives the team the input reader gives, its summary and its report", () => {
    const read = drain(
      teamViewSteps({ kind: "text", text, source: "text" }, teamCatalogue, teamContentFixture(), teamText()),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const input = aggregateTeamInput(text, teamCatalogue);
    expect(input.ok && read.value.team).toEqual(input.ok && input.value);
    expect(read.value.view.summary).toEqual(summaryOf(read.value.team));
    expect(read.value.view.summary).toMatchObject({ respondents: 2, leaders: 2, labels: ["CEO", null] });
    expect(read.value.view.report.status).toBe("2 results read, 1 line skipped.");
  });

  it("offers each result's clean link, the respondents' rows, the CSV and the benchmark file", () => {
    const read = drain(
      teamViewSteps({ kind: "text", text, source: "text" }, teamCatalogue, teamContentFixture(), teamText()),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const exports = teamExports(read.value.team, teamCatalogue, teamText());
    expect(exports.fragments.map((f) => decodeFragment(f, teamCatalogue).ok)).toEqual([true, true]);
    expect(exports.fragments[0]).toBe(text.split("\n")[0]?.split("#")[1]);
    expect(teamFragmentWith(exports.results)).toBe(encodeTeamFragment(exports.fragments));
    // Journey option 1: a (2 + 3 + 2 + 2) / 4 = 2.25, b 2, c 2 → mean 2.08 → stage 2. Option 3:
    // a (4 + 6 + 5 + 4) / 4 = 4.75, b (4 + 6) / 2 = 5, c 4 → mean 4.58 → stage 5.
    expect(exports.respondents).toEqual([
      { line: 1, label: "CEO", org: null, language: "en", overall: [2] },
      { line: 3, label: null, org: null, language: "en", overall: [5] },
    ]);
    expect(exports.columns).toEqual([{ questionnaireId: "mini", title: "Mini journey", kind: "stages" }]);
    expect(exports.csv.split("\r\n")[0]).toMatch(/^"row","questionnaire"/);
    // Two leaders are too few for an anonymous benchmark: the file says why rather than naming them.
    expect(exports.benchmark).toMatchObject({ ok: false });
  });

  it("reads a team link as the page's address holds it, with what it carries besides the results", () => {
    const fragments = text.split("\n").flatMap((line) => (line.includes("#") ? [line.split("#")[1] ?? ""] : []));
    const hash = `#${encodeTeamFragment(fragments, { invite: "2.abc.defg", actions: ["1\nx"] })}`;
    const read = drain(teamViewSteps({ kind: "link", hash }, teamCatalogue, teamContentFixture(), teamText()));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.view.link).toEqual({
      text: fragments.map((f) => `#${f}`).join("\n"),
      invite: "2.abc.defg",
      actions: ["1\nx"],
    });
    expect(read.value.view.summary.leaders).toBe(2);
    const none = drain(
      teamViewSteps({ kind: "link", hash: "#v=2&x=1" }, teamCatalogue, teamContentFixture(), teamText()),
    );
    expect(none).toMatchObject({ ok: false, error: { kind: "no-team-link" } });
  });

  it("refuses what the caps refuse, unread", () => {
    const view = drain(
      teamViewSteps(
        { kind: "text", text: "\u0000".repeat(100), source: "text" },
        teamCatalogue,
        teamContentFixture(),
        teamText(),
      ),
    );
    expect(view).toMatchObject({ ok: false, error: { kind: "not-text" } });
  });
});
