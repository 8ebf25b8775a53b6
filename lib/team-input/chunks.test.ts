import { describe, expect, it } from "vitest";
import { encodeFragment } from "../link/fragment";
import { choose, DONT_KNOW, optionCount, type Answers } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { aggregateTeam, aggregateTeamInput } from "./aggregate";
import { MAX_TEAM_BYTES, MAX_TEAM_LINES } from "./caps";
import { runInSlices } from "../shared/slices";
import { aggregateTeamInChunks, type SliceProgress } from "./chunks";
import { encodeTeamFragment, teamLinkSteps } from "./team-link";

const journey = stagesFixture();
const blunders = agreementFixture();
const catalogue = [journey, blunders];

/** Link `n`: answers spelled out from the digits of n, so every n up to 5,000 is a different result. */
function link(n: number): string {
  const answers: Answers = {};
  journey.questions.forEach((q, i) => {
    const digit = Math.floor(n / 7 ** i) % 7;
    if (digit < optionCount(journey, q)) answers[q.id] = choose(digit);
    else if (digit === 6) answers[q.id] = DONT_KNOW;
  });
  const both = [
    { questionnaireId: journey.id, version: 1, answers },
    { questionnaireId: blunders.id, version: 1, answers: { "x-1": choose(n % 5) } },
  ];
  return `https://x.org/results/#${encodeFragment({ assessments: both, label: `Leader ${n}` }, catalogue)}`;
}

const links = (count: number) => Array.from({ length: count }, (_, n) => link(n));

const mixed = [
  `"CEO","${link(1)}",2026`,
  "",
  "not a link",
  `Row #3, ${link(2)}; ${link(3)}`,
  link(1),
  `https://x.org/team/#${encodeTeamFragment([link(4).split("#")[1] ?? "", "junk"])}`,
  "https://x.org/results/#v=2&mini=1.AAAA",
].join("\n");

describe("aggregateTeamInChunks", () => {
  it.each([
    ["mixed lines", mixed],
    ["many links", links(700).join("\n")],
    ["too large", "x".repeat(MAX_TEAM_BYTES + 1)],
    ["not text", "v=2\u0000"],
    ["over the line cap", `${link(5)}\n`.repeat(MAX_TEAM_LINES + 10)],
  ])("gives what the synchronous reading gives: %s", async (_name, text) => {
    expect(await aggregateTeamInChunks(text, catalogue)).toEqual(aggregateTeamInput(text, catalogue));
  });

  it("gives what aggregateTeam gives, for input within the caps", async () => {
    expect(await aggregateTeamInChunks(mixed, catalogue)).toEqual({ ok: true, value: aggregateTeam(mixed, catalogue) });
  });

  it("reports progress in lines, ending with every line done", async () => {
    const seen: SliceProgress[] = [];
    await aggregateTeamInChunks(links(3000).join("\n"), catalogue, { limit: 3000, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((p, i) => p.total === 3000 && p.done >= (seen[i - 1]?.done ?? 0))).toBe(true);
    expect(seen.at(-1)?.done).toBe(3000);
  });

  it("stops when its signal is aborted", async () => {
    const controller = new AbortController();
    const reading = aggregateTeamInChunks(links(3000).join("\n"), catalogue, {
      limit: 3000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toThrow(/abort/i);
    controller.abort();
    await expect(aggregateTeamInChunks(mixed, catalogue, { signal: controller.signal })).rejects.toThrow(/abort/i);
  });

  it("times 5,000 lines, for the record", async () => {
    // Figures for the record, not assertions: speed is the benchmark's business.
    const text = links(5000).join("\n");
    aggregateTeam(text, catalogue, 5000);
    const started = performance.now();
    const team = aggregateTeam(text, catalogue, 5000);
    const syncMs = performance.now() - started;
    let longest = 0;
    let slices = 0;
    const chunkedStart = performance.now();
    await aggregateTeamInChunks(text, catalogue, {
      limit: 5000,
      onProgress: ({ sliceMs }) => {
        longest = Math.max(longest, sliceMs);
        slices += 1;
      },
    });
    const chunkedMs = performance.now() - chunkedStart;
    expect(team.respondents).toHaveLength(5000);
    const ms = (n: number) => n.toFixed(0);
    console.log(
      `team input: 5,000 lines in ${ms(syncMs)} ms; in chunks ${ms(chunkedMs)} ms over ${slices} slices, longest slice ${ms(longest)} ms`,
    );
  });
});

describe("junk of every shape, read in slices", () => {
  const MB2 = 2_000_000;
  // [input, respondents, problems, unread lines]: each junk line is reported once, or cut short.
  it.each([
    ["2 MB of prose in one line", "hello world dev=1 ".repeat(110_000).slice(0, MB2), [0, 1, 0]],
    ["2 MB of v= in one line", "v=1 ".repeat(MB2 / 4), [0, 1, 0]],
    ["2 MB of team= in one line", " team=2".repeat(MB2 / 7), [0, 1, 0]],
    ["2 MB of line breaks", "\n".repeat(MB2), [0, 0, 0]],
    [
      "12,000 lines of junk",
      Array.from({ length: 12_000 }, (_, i) => `junk line ${i}, v=9&x=1`).join("\n"),
      [0, 10_000, 2_000],
    ],
    [
      "a team link of 100,000 junk entries",
      encodeTeamFragment(Array.from({ length: 100_000 }, (_, i) => `j${i}`)),
      [0, 5_001, 0],
    ],
    ["a 2 MB token", `${"A".repeat(MB2 - 10)}&v=2`, [0, 1, 0]],
    ["a 2 MB percent-encoded token", `${"%3D".repeat(MB2 / 3)}v%3D2`, [0, 1, 0]],
  ])("%s", async (name, text, counts) => {
    let longest = 0;
    const started = performance.now();
    const read = await aggregateTeamInChunks(text, catalogue, {
      onProgress: ({ sliceMs }) => (longest = Math.max(longest, sliceMs)),
    });
    const ms = (n: number) => n.toFixed(0);
    console.log(`team input: ${name} in ${ms(performance.now() - started)} ms, longest slice ${ms(longest)} ms`);
    expect(read.ok && [read.value.respondents.length, read.value.problems.length, read.value.unreadLines]).toEqual(
      counts,
    );
  });

  it("a team link of 100,000 entries in the address, decoded in slices", async () => {
    const hash = `#${encodeTeamFragment(Array.from({ length: 100_000 }, (_, i) => `j${i}`))}`;
    let longest = 0;
    const lines = await runInSlices(teamLinkSteps(hash), { onSlice: (_step, ms) => (longest = Math.max(longest, ms)) });
    console.log(`team input: a team link of 100,000 entries decoded, longest slice ${longest.toFixed(0)} ms`);
    expect(lines?.ok && lines.value.text.split("\n").length).toBe(100_000);
  });
});
