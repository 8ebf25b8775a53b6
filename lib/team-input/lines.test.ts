import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAMILIES } from "../../test/adversarial";
import { filled, slowdown, SLOWDOWN_BUDGET } from "../../test/linear";
import { quoted, quotedPrintable, wrapped } from "../../test/mail";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { WRAPPERS } from "../../test/wrappers";
import { aggregateTeam } from "./aggregate";
import { splitLines } from "./lines";
import { reasonInEnglish } from "./english-reasons";

const RUNS = import.meta.env.MODE === "fuzz" ? 500 : 25;
const ceo = teamLink(
  { journey: journeyAt(1), blunders: blundersAt(2) },
  { label: "Directrice générale", org: "Nordvind" },
);
const read = (text: string) => {
  const team = aggregateTeam(text, teamCatalogue);
  return {
    labels: team.respondents.map((r) => r.result.label),
    problems: team.problems.map((p) => reasonInEnglish(p)),
  };
};

describe("a link hard-wrapped anywhere", () => {
  // A plain link's every "=" (d=2026…, journey=1.…) looks like quoted-printable's "=20" or "=1…":
  // cut right after one, it is still a hard-wrapped link, not a soft line break.
  it("is read when the cut falls right after any '='", () => {
    const cuts = [...ceo.matchAll(/=/g)].map((m) => (m.index ?? 0) + 1);
    expect(cuts.length).toBeGreaterThan(3);
    for (const cut of cuts) {
      expect(read(`Mine:\n${ceo.slice(0, cut)}\n${ceo.slice(cut)}\nThanks`).labels).toEqual(["Directrice générale"]);
    }
  });

  it("is read, and its wrapper's rest not reported, whatever system wrapped it and wherever the lines break", () => {
    const cases = fc.record({
      wrapper: fc.constantFrom("none", ...Object.keys(WRAPPERS)),
      width: fc.integer({ min: 12, max: 90 }),
      quote: fc.constantFrom("", "> ", "> > ", "| "),
    });
    fc.assert(
      fc.property(cases, ({ wrapper, width, quote }) => {
        const link = wrapper === "none" ? ceo : WRAPPERS[wrapper]!(ceo);
        const text = `Hi Ana,\n${quote ? quoted(wrapped(link, width), quote) : wrapped(link, width)}\n\nBest, Lena`;
        const lines = splitLines(text);
        expect(lines.map((l) => l.text)).toEqual(["Hi Ana,", expect.stringContaining(link.slice(-30)), "Best, Lena"]);
        expect(read(text).labels).toEqual(["Directrice générale"]);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("is read when a quoted-printable mail broke it with soft line breaks, at any width", () => {
    for (const width of [40, 60, 76]) {
      const body = quotedPrintable(`Mine: ${ceo}`)
        .replace(/=\n/g, "")
        .replace(new RegExp(`(.{${width - 1}})(?=.)`, "g"), "$1=\n");
      expect(read(body).labels).toEqual(["Directrice générale"]);
    }
  });
});

describe("reading pasted text is linear in its length (property)", () => {
  const read = (text: string) => aggregateTeam(text, teamCatalogue);
  // The linear baseline: as long a paste of result links, one a line, read in the same run.
  const links = (length: number) => filled(`${ceo}\n`, length);

  it.each(Object.entries(FAMILIES))(
    "%s: takes no longer than as long a paste of result links",
    (_name, make) => {
      fc.assert(
        fc.property(fc.integer({ min: 48_000, max: 64_000 }), (length) => {
          expect(slowdown(read, make(length), links(length))).toBeLessThan(SLOWDOWN_BUDGET);
        }),
        { numRuns: import.meta.env.MODE === "fuzz" ? 10 : 2 },
      );
    },
    60_000,
  );

  it("mixtures of the families stay linear too (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(FAMILIES), { minLength: 2, maxLength: 5 }), (names) => {
        const length = 64_000;
        const mixed = names.map((name) => FAMILIES[name]!(Math.floor(length / names.length))).join("\n");
        expect(slowdown(read, mixed, links(mixed.length))).toBeLessThan(SLOWDOWN_BUDGET);
      }),
      { numRuns: import.meta.env.MODE === "fuzz" ? 30 : 3 },
    );
  }, 120_000);
});
