import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFragment, encodeFragment } from "../link/fragment";
import type { SharedResult } from "../link/result-schema";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { aggregateTeam } from "./aggregate";
import { NO_LINK, reasonInEnglish } from "./english-reasons";
import { encodeTeamFragment } from "./team-link";
import { answersFor } from "../../test/arbitraries";
import { cleanLabel } from "../link/label";
import { nameKey } from "../shared/name-rule";

const journey = stagesFixture();
const blunders = agreementFixture();
const catalogue = [journey, blunders];

/** Any result of one or both fixtures, in the catalogue's order, as the site writes them. */
const results: fc.Arbitrary<SharedResult> = fc
  .record({
    journey: fc.option(answersFor(journey)),
    blunders: fc.option(answersFor(blunders)),
    label: fc.option(fc.oneof(fc.string({ maxLength: 16 }), fc.constantFrom("Chief executive", " A  & B "))),
    date: fc.option(fc.constantFrom("2026-11-22", "2025-01-31")),
  })
  .map(({ journey: j, blunders: b, label, date }) => ({
    assessments: [
      ...(j || !b ? [{ questionnaireId: journey.id, version: 1, answers: j ?? {} }] : []),
      ...(b ? [{ questionnaireId: blunders.id, version: 1, answers: b }] : []),
    ],
    ...(label !== null && { label }),
    ...(date !== null && { date }),
  }));

/** The ways a link gets respelled on its way: each keeps the result it holds. */
type Respelling = {
  order: number[];
  trailing: number;
  spaces: boolean;
  unsealed: boolean;
  encoded: "no" | "fragment" | "url";
  prefix: string;
  wrap: [string, string];
};
const respellings: fc.Arbitrary<Respelling> = fc.record({
  order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  trailing: fc.nat({ max: 2 }),
  spaces: fc.boolean(),
  unsealed: fc.boolean(),
  encoded: fc.constantFrom("no", "fragment", "url"),
  prefix: fc.constantFrom("", "#", "https://x.org/results/#", "http://localhost:3000/assessment/results/#"),
  wrap: fc.constantFrom<[string, string]>(["", ""], ['"', '"'], ["'", "'"], ["<", ">"], ["(", ")."], ["[CEO](", ")"]),
});

function respell(fragment: string, r: Respelling): string {
  const seal = /&z=[^&]*$/.exec(fragment)?.[0] ?? "";
  // Sort the parameters by the random keys; the seal stays last, where a sealed link needs it.
  const params = fragment
    .replace(seal, "")
    .split("&")
    .map((p, i) => [p, r.order[i] ?? 0] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([p]) => p);
  // Unsealed, a link ending in "." reads as one followed by a full stop (see extract.ts), so
  // such a link keeps its seal, which tells the two apart.
  const unsealed = r.unsealed && !params.at(-1)?.endsWith(".");
  let text = params.join("&") + (unsealed ? "" : seal);
  if (unsealed) text = text.replace(/(^|&)v=2(&|$)/, "$1v=1$2");
  if (r.spaces) text = text.replaceAll("+", "%20");
  text += "&".repeat(r.trailing);
  if (r.encoded === "fragment") text = r.prefix + encodeURIComponent(text);
  else if (r.encoded === "url") text = encodeURIComponent(`https://x.org/results/#${text}`);
  else text = r.prefix + text;
  return r.wrap[0] + text + r.wrap[1];
}

/** Junk a spreadsheet or an email puts around links: words, numbers, "#", never a "=". */
const junk = fc.stringMatching(/^[A-Za-z0-9 #.-]{1,12}$/);
const separator = fc.constantFrom(",", ";", "\t", " ", ", ", " ; ");

/** A line: links (each some result, respelled) among junk cells; or a team link; or junk. */
const line = (count: number) =>
  fc.oneof(
    fc.record({
      kind: fc.constant("cells" as const),
      links: fc.array(fc.tuple(fc.nat({ max: count - 1 }), respellings), { minLength: 1, maxLength: 3 }),
      before: fc.array(junk, { maxLength: 2 }),
      after: fc.array(junk, { maxLength: 2 }),
      separator,
    }),
    fc.record({
      kind: fc.constant("team" as const),
      links: fc.array(fc.tuple(fc.nat({ max: count - 1 }), respellings), { minLength: 1, maxLength: 3 }),
    }),
    // Junk that is not mail: a signature's "--" or a closing is mail, not a line left unread (mail.ts).
    fc
      .record({ kind: fc.constant("junk" as const), cells: fc.array(junk, { minLength: 1, maxLength: 3 }), separator })
      .filter(
        ({ cells, separator: s }) =>
          !/^(?:--|best|thanks|regards|cheers|sincerely|yours)[,.!]*$/i.test(cells.join(s).trim()),
      ),
    fc.constant({ kind: "blank" as const }),
  );

// Distinct leaders: two results with the same answers and names are one leader when one lacks
// the date (lib/link/result-key.ts), so the pool never holds two such.
const leaderOf = (r: SharedResult) => {
  const name = cleanLabel(r.label);
  return JSON.stringify([r.assessments, name ? nameKey(name) : null]);
};
const input = fc
  .uniqueArray(results, { selector: leaderOf, minLength: 1, maxLength: 12 })
  .chain((pool) => fc.tuple(fc.constant(pool), fc.array(line(pool.length), { minLength: 1, maxLength: 25 })));

describe("a team input made of links, respelled and decorated", () => {
  it("counts every distinct result exactly once, and counts or reports every non-empty line (property)", () => {
    fc.assert(
      fc.property(input, ([pool, lines]) => {
        const fragments = pool.map((result) => encodeFragment(result, catalogue));
        const text = lines
          .map((l) => {
            if (l.kind === "blank") return "  ";
            if (l.kind === "junk") return l.cells.join(l.separator);
            const links = l.links.map(([i, r]) => respell(fragments[i] ?? "", r));
            if (l.kind === "team") return `https://x.org/team/#${encodeTeamFragment(links)}`;
            return [...l.before, ...links, ...l.after].join(l.separator);
          })
          .join("\n");
        const team = aggregateTeam(text, catalogue);

        // The results used, written afresh: one spelling for each distinct result.
        const used = new Set(lines.flatMap((l) => ("links" in l ? l.links.map(([i]) => i) : [])));
        const expected = new Set(
          [...used].map((i) => {
            const decoded = decodeFragment(fragments[i] ?? "", catalogue);
            return decoded.ok ? encodeFragment(decoded.value, catalogue) : "";
          }),
        );
        expect(team.respondents.map((r) => encodeFragment(r.result, catalogue)).sort()).toEqual([...expected].sort());

        // Nothing failed: every problem is a repeat, or a line of junk.
        const junkLines = new Set(lines.flatMap((l, i) => (l.kind === "junk" ? [i + 1] : [])));
        for (const p of team.problems) {
          if (junkLines.has(p.line)) expect(reasonInEnglish(p)).toBe(NO_LINK);
          else expect(reasonInEnglish(p)).toMatch(/^Same result as line \d+: counted once\.$/);
        }
        // Every non-empty line is counted or reported, and no other line is.
        const nonEmpty = text.split("\n").flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
        const accounted = new Set([...team.respondents, ...team.problems].map((x) => x.line));
        expect([...accounted].sort((a, b) => a - b)).toEqual(nonEmpty);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
