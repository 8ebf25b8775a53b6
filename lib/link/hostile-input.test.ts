import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { decodeCompareFragment } from "../compare/compare-link";
import { choose } from "../questionnaire/answers";
import { aggregateTeam } from "../team-input/aggregate";
import { splitLines } from "../team-input/lines";
import { decodeTeamFragment, encodeTeamFragment } from "../team-input/team-link";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { LINK_ERROR_KINDS } from "./errors";
import { decodeFragment, encodeFragment } from "./fragment";
import { withPrevious } from "./previous";
import { SharedResultSchema } from "./result-schema";
import { linkErrorInEnglish } from "./english-errors";
import { reasonInEnglish } from "../team-input/english-reasons";

// `npm run fuzz` (vitest --mode fuzz) runs ten times as many cases as npm test.
const RUNS = import.meta.env.MODE === "fuzz" ? 100_000 : 10_000;
const catalogue = [stagesFixture(), agreementFixture()];
const valid = encodeFragment(
  {
    assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(3), "b-2": choose(1) } }],
    label: "CEO",
    date: "2026-11-22",
  },
  catalogue,
);

// A retake's link, carrying the earlier result (format 3).
const validWithPrevious = encodeFragment(
  withPrevious(
    { assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(5) } }], date: "2026-11-27" },
    {
      assessments: [{ questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(0) } }],
      org: "Acme",
      date: "2025-11-27",
    },
  ),
  catalogue,
);

/** A valid link damaged the ways links get damaged in the wild. */
const mutationsOf = (link: string) =>
  fc.oneof(
    // bit flips: one character swapped for another
    fc
      .tuple(fc.nat({ max: link.length - 1 }), fc.integer({ min: 32, max: 126 }))
      .map(([i, c]) => link.slice(0, i) + String.fromCharCode(c) + link.slice(i + 1)),
    // truncation and extension
    fc.nat({ max: link.length }).map((n) => link.slice(0, n)),
    fc.string({ maxLength: 40 }).map((tail) => link + tail),
    // wrong format or questionnaire version, in the result or the earlier result
    fc.nat({ max: 99 }).map((v) => link.replace(/v=\d/, `v=${v}`).replace("mini=1.", `mini=${v}.`)),
    fc.nat({ max: 99 }).map((v) => link.replace("p.mini-blunders=1.", `p.mini-blunders=${v}.`)),
    // Unicode and percent-encoding
    fc.string({ unit: "grapheme", maxLength: 60 }).map((s) => `${link}&label=${s}`),
    fc.string({ unit: "grapheme", maxLength: 60 }).map((s) => `${link}&p.label=${s}`),
    fc.string({ maxLength: 60 }).map((s) => encodeURIComponent(link + s)),
    // huge
    fc.integer({ min: 1, max: 20_000 }).map((n) => link + "A".repeat(n)),
  );
const mutated = fc.oneof(mutationsOf(valid), mutationsOf(validWithPrevious));
let cases = 0;
let failures = 0;
afterAll(() => console.log(`fuzz: ${cases} hostile inputs decoded, ${failures} typed errors, 0 exceptions`));

const anything = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.webUrl({ withFragments: true }), mutated);

describe("hostile links never throw, and every failure is typed and explained", () => {
  it("decodeFragment", () => {
    fc.assert(
      fc.property(anything, (input) => {
        const decoded = decodeFragment(input, catalogue);
        cases += 1;
        if (!decoded.ok) failures += 1;
        if (decoded.ok) {
          // decodeFragment builds its value without parsing it again, so hold it to the schema here.
          expect(SharedResultSchema.safeParse(decoded.value).success).toBe(true);
        } else {
          expect(LINK_ERROR_KINDS).toContain(decoded.error.kind);
          expect(linkErrorInEnglish(decoded.error).length).toBeGreaterThan(40);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("the compare and team decoders", () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        cases += 2;
        const pair = decodeCompareFragment(`before=${encodeURIComponent(a)}&after=${encodeURIComponent(b)}`);
        expect(pair).toEqual({ before: a, after: b });
        const team = decodeTeamFragment(encodeTeamFragment([a, b]));
        expect(team).toEqual([a, b]);
        const text = [a, b].join("\n");
        const aggregate = aggregateTeam(text, catalogue);
        // Every line with something on it is counted or reported, or is the rest of the line
        // before it that mail broke apart (lines.ts): none is lost. (A line may hold several
        // links, so a line can be counted more than once.)
        const nonEmpty = text.split(/\r\n|\r|\n/).flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
        const read = splitLines(text);
        expect(read.flatMap((l) => Array.from({ length: l.span }, (_, i) => l.line + i))).toEqual(nonEmpty);
        // Mail around the links (a quoted line, a signature) is accounted for as mail.
        const accounted = new Set([...aggregate.respondents, ...aggregate.problems].map((x) => x.line));
        for (const line of aggregate.mail) accounted.add(line);
        expect([...accounted].sort((x, y) => x - y)).toEqual(read.map((l) => l.line));
        for (const p of aggregate.problems) expect(reasonInEnglish(p).length).toBeGreaterThan(10);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it("a 1 MB link is refused without being read", () => {
    const huge = `#${valid}${"A".repeat(1024 * 1024)}`;
    const started = performance.now();
    const decoded = decodeFragment(huge, catalogue);
    // A figure for the record, not a timed assertion: speed is the benchmark's business.
    console.log(`fuzz: a 1 MB link was refused in ${(performance.now() - started).toFixed(3)} ms`);
    expect(decoded.ok ? "ok" : decoded.error.kind).toBe("too-large");
  });
});
