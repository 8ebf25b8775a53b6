import { describe, expect, it } from "vitest";
import { encodeFragment, withSeal } from "../link/fragment";
import type { SharedResult } from "../link/result-schema";
import { choose } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { aggregateTeam } from "./aggregate";
import { MAX_TEAM_LINKS } from "./caps";
import { listProblems, moreProblemsMessage } from "./problems";
import { NO_LINK, reasonInEnglish, sameResultAs, TOO_MANY_IN_LINE } from "./english-reasons";
import { encodeTeamFragment } from "./team-link";
import { teamText } from "../../test/team-text";

const catalogue = [stagesFixture(), agreementFixture()];
/** Result `i`: the mini journey with a-1 at option i (0–5), and a label. */
const result = (i: number, label = `Leader ${i}`): SharedResult => ({
  assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(i) } }],
  label,
});
const link = (i: number) => encodeFragment(result(i), catalogue);
const url = (i: number) => `https://x.org/results/#${link(i)}`;
/** The same link cut short, as an email that wraps it would. */
const cut = (i: number) => link(i).replace(/&z=.*$/, "");
const TRUNCATED = "This link looks cut off";

/** Who was counted and what was reported, by line. */
function outcome(lines: string[]) {
  const team = aggregateTeam(lines.join("\n"), catalogue);
  return {
    counted: team.respondents.map((r) => [r.line, r.result.label]),
    reported: team.problems.map((p) => [p.line, reasonInEnglish(p).slice(0, TRUNCATED.length)]),
  };
}

describe("reading lines", () => {
  it.each([
    ["a quoted CSV cell", [`"CEO","${url(1)}",2026`], [[1, "Leader 1"]], []],
    ["a link after a # in the text", [`Row #3, ${url(1)}`], [[1, "Leader 1"]], []],
    [
      "two links in one line, both counted under that line",
      [`${url(1)}; ${url(2)}`],
      [
        [1, "Leader 1"],
        [1, "Leader 2"],
      ],
      [],
    ],
    ["a bare fragment", [link(1)], [[1, "Leader 1"]], []],
    // Each entry counts as its own line would, under the team link's line number.
    [
      "a team link, with an entry seen before",
      [url(1), `https://x.org/team/#${encodeTeamFragment([link(1), link(2)])}`],
      [
        [1, "Leader 1"],
        [2, "Leader 2"],
      ],
      [[2, sameResultAs(1).slice(0, TRUNCATED.length)]],
    ],
    ["junk", ["hello world"], [], [[1, NO_LINK.slice(0, TRUNCATED.length)]]],
    // Reported once, with the reason of the link that got furthest.
    ["a line of broken links", [`v=9 ${cut(1)}`], [], [[1, TRUNCATED]]],
    // One of ours, damaged, next to a good one: reported as well.
    ["a good link and a cut one", [`${url(1)} ${cut(2)}`], [[1, "Leader 1"]], [[1, TRUNCATED]]],
    // Stray text that only looks like a link, next to a good one: not reported.
    ["a good link and a stray v=", [`${url(1)} v=`], [[1, "Leader 1"]], []],
  ])("%s", (_name, lines, counted, reported) => {
    expect(outcome(lines)).toEqual({ counted, reported });
  });

  it(`stops reading a line after ${MAX_TEAM_LINKS} links`, () => {
    const line = Array.from({ length: MAX_TEAM_LINKS + 20 }, () => "v=9").join(" ");
    const { problems } = aggregateTeam(line, catalogue);
    expect(problems).toEqual([
      { line: 1, text: expect.any(String), why: { code: "too-many-in-line", max: MAX_TEAM_LINKS } },
    ]);
    expect(reasonInEnglish(problems[0]!)).toBe(TOO_MANY_IN_LINE);
  });
});

describe("one result counted once, however it is spelled", () => {
  // Two assessments, a label with a space, a date: every part that can be respelled.
  const both: SharedResult = {
    assessments: [
      { questionnaireId: "mini", version: 1, answers: { "a-1": choose(2), "b-1": choose(4) } },
      { questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(1) } },
    ],
    label: "Chief executive",
    date: "2026-11-22",
  };
  const canonical = encodeFragment(both, catalogue);
  const seal = /&z=[^&]*$/.exec(canonical)?.[0] ?? "";
  const params = canonical.replace(seal, "").split("&");
  it.each([
    ["parameters in another order", [...params].reverse().join("&") + seal],
    ["the assessments in another order", [params[0], params[2], params[1], ...params.slice(3)].join("&") + seal],
    ["a trailing &", `${canonical}&`],
    ['"%20" for "+" in the label', canonical.replace("Chief+executive", "Chief%20executive")],
    ["percent-encoded whole", encodeURIComponent(canonical)],
    ["percent-encoded inside a URL", encodeURIComponent(`https://x.org/results/#${canonical}`)],
    ["in double quotes", `"https://x.org/results/#${canonical}"`],
    ["in single quotes", `'${canonical}'`],
    ["as an unsealed (version 1) link", canonical.replace("v=2", "v=1").replace(seal, "")],
    ["in a Markdown link", `[CEO](https://x.org/results/#${canonical}).`],
  ])("%s", (_name, respelled) => {
    const team = aggregateTeam(`${canonical}\n${respelled}`, catalogue);
    expect(team.respondents.map((r) => encodeFragment(r.result, catalogue))).toEqual([canonical]);
    expect(team.problems).toEqual([{ line: 2, text: expect.any(String), why: { code: "same-result", line: 1 } }]);
  });

  it("keeps the catalogue's order of assessments, whatever the link's order", () => {
    const reversed = [params[0], params[2], params[1], ...params.slice(3)].join("&") + seal;
    const [only] = aggregateTeam(reversed, catalogue).respondents;
    expect(only?.result.assessments.map((a) => a.questionnaireId)).toEqual(["mini", "mini-blunders"]);
    expect(only && encodeFragment(only.result, catalogue)).toBe(canonical);
  });
});

describe("the list of lines not counted", () => {
  const junk = aggregateTeam(Array.from({ length: 7806 }, (_, i) => `junk ${i}`).join("\n"), catalogue);
  it("lists at most 50 and counts the rest", () => {
    const { listed, more } = listProblems(junk.problems);
    expect([listed.length, more]).toEqual([50, 7756]);
    expect(moreProblemsMessage(more, "en", teamText().teamInput)).toBe("…and 7,756 more lines were not counted.");
    expect(moreProblemsMessage(1, "en", teamText().teamInput)).toBe("…and 1 more line was not counted.");
  });
  it("lists every problem when there are few", () => {
    expect(listProblems(junk.problems.slice(0, 3))).toEqual({ listed: junk.problems.slice(0, 3), more: 0 });
  });
});

describe("a line that holds its link twice", () => {
  // An HTML anchor whose text is its address, Slack's <link|text>, a Markdown link: one link,
  // shown twice, read once and not reported.
  it.each([
    ["an HTML anchor", `<a href="${url(1).replaceAll("&", "&amp;")}">${url(1).replaceAll("&", "&amp;")}</a>`],
    ["Slack's form", `<${url(1)}|${url(1)}>`],
    ["a Markdown link", `[${url(1)}](${url(1)})`],
    ["a Markdown link in a sentence", `Mine is [${url(1)}](${url(1)}).`],
  ])("%s is one link", (_how, line) => {
    expect(outcome([line])).toEqual({ counted: [[1, "Leader 1"]], reported: [] });
  });

  it("still reports the same link on another line", () => {
    expect(outcome([url(1), `<${url(1)}|${url(1)}>`]).reported).toEqual([
      [2, sameResultAs(1).slice(0, TRUNCATED.length)],
    ]);
  });
});

describe("a link from a newer questionnaire version", () => {
  it("is said to be one, naming the version, whatever its names hold", () => {
    const newer = withSeal("v=2&mini=3.ABCDEFGH&label=R%26D&org=A%3DB");
    const team = aggregateTeam(`https://x.org/results/#${newer}`, catalogue);
    expect(team.problems.map((p) => reasonInEnglish(p))).toEqual([
      expect.stringMatching(/^This link was made with version 3 of /),
    ]);
  });
});
