import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filled, growth, LINEAR_BUDGET } from "../../test/linear";
import { teamCatalogue } from "../../test/team-links";
import { spacedOut, trimEdges } from "./edges";
import { MAX_FRAGMENT_LENGTH } from "./fragment";
import { readLink } from "./reader";

const RUNS = import.meta.env.MODE === "fuzz" ? 200 : 12;

describe("what surrounds a link", () => {
  it.each([
    ["curly quotes", "“v=2&z=AB”", "v=2&z=AB"],
    ["guillemets and an ellipsis", "«v=2&z=AB»…", "v=2&z=AB"],
    ["CJK brackets and a full stop", "「v=2&z=AB」。", "v=2&z=AB"],
    ["full-width brackets", "（v=2&z=AB）", "v=2&z=AB"],
    ["Markdown bold", "**v=2&z=AB**", "v=2&z=AB"],
    ["a sentence's brackets and full stop", "(v=2&z=AB).", "v=2&z=AB"],
    ["an emoji and a variation selector", "👉\uFE0F v=2&z=AB ✅", "v=2&z=AB"],
    ["encoded quotes, as an address bar writes them", "%E2%80%9Cv=2&z=AB%E2%80%9D", "v=2&z=AB"],
    ["encoded spaces and invisible characters", "%20%E2%80%8Bv=2&z=AB%C2%A0%20", "v=2&z=AB"],
    // An encoded ASCII quote may close a format 1 link's label, so it stays.
    ["an encoded ASCII quote", "v=1&label=A%22", "v=1&label=A%22"],
    // A seal may end with "_" or "-": those stay at the end.
    ["a seal's own last characters", "v=2&z=AB_-", "v=2&z=AB_-"],
  ])("goes at either end: %s", (_what, text, trimmed) => {
    expect(trimEdges(text)).toBe(trimmed);
  });

  it("keeps letters of any script and every position", () => {
    expect(trimEdges("é")).toBe("é");
    const spaced = spacedOut("a「b」c😀d");
    expect(spaced).toBe("a b c  d");
    expect(spaced.length).toBe("a「b」c😀d".length);
  });
});

/**
 * Long runs of what surrounds a link (encoded spaces, invisible characters, punctuation of any
 * script) inside a fragment as long as /compare/ and /results/ read: once took seconds.
 */
const runs = fc.record({
  unit: fc.constantFrom("%20", "%E2%80%8B", "%C2%A0", " ", "\u200B", "“", "。", "**", "%E2%80%9D", "%2520"),
  at: fc.constantFrom("middle", "start", "end", "both"),
});

describe("reading a link is linear in its length (property)", () => {
  it("takes eight times as long for a run eight times as long, up to the longest link read", () => {
    fc.assert(
      fc.property(runs, ({ unit, at }) => {
        const make = (length: number) => {
          const fill = filled(unit, length);
          if (at === "middle") return `v=2&a=${fill}x&z=1`;
          if (at === "start") return `${fill}v=2&z=1`;
          if (at === "end") return `v=2&z=1${fill}`;
          return `${fill.slice(0, length / 2)}v=2&z=1${fill.slice(length / 2)}`;
        };
        const ratio = growth((text) => readLink(text, teamCatalogue), make, 4 * MAX_FRAGMENT_LENGTH - 20);
        expect(ratio).toBeLessThan(LINEAR_BUDGET);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
