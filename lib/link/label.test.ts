import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLabel } from "./label";
import { MAX_LABEL } from "./result-schema";

describe("cleanLabel", () => {
  it.each([
    ["  Chief operating officer ", "Chief operating officer"],
    ["Head of\r\nService", "Head of Service"],
    ["CEO\u0000\u0007", "CEO"],
    // U+202E would make "gpj.exe" read as "exe.jpg" and reverse the text after the label.
    ["Finance \u202Egpj.exe", "Finance gpj.exe"],
    ["\u2066isolated\u2069", "isolated"],
    ["half \uD83D pair", "half pair"],
    ["", undefined],
    ["\u0000\r\n", undefined],
    [null, undefined],
    // Names made only of what shows as nothing are dropped where a link is read: they showed as a blank.
    ["\u200B\u200D\u2060", undefined],
    ["\u3164\u3164", undefined],
    ["\u115F", undefined],
    ["\u0301\u0302", undefined],
    ["\u2800 \uFFA0", undefined],
    ["\u200BCEO\u00AD", "CEO"],
  ])("%j → %j", (raw, clean) => {
    expect(cleanLabel(raw)).toBe(clean);
  });

  it("cuts long labels to 80 units between whole characters", () => {
    // 79 letters then an emoji of two UTF-16 units: the emoji would end at unit 81, so it goes.
    expect(cleanLabel(`${"a".repeat(79)}😀 tail`)).toBe("a".repeat(79));
    // A family emoji is one character of 11 units, joined by zero-width joiners.
    const family = "👨‍👩‍👧‍👦";
    expect(cleanLabel(`${"a".repeat(75)}${family}`)).toBe("a".repeat(75));
  });

  it("always gives one line of whole characters within the limit (property)", () => {
    let cases = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 120 })),
        (raw) => {
          cases += 1;
          const label = cleanLabel(raw);
          if (label === undefined) return;
          expect(label.length).toBeLessThanOrEqual(MAX_LABEL);
          expect(label).not.toMatch(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069\u2028\u2029]/);
          // No lone surrogate: a cut never splits a pair.
          expect(label).not.toMatch(/\p{Cs}/u);
          expect(label).toBe(label.trim());
        },
      ),
      { numRuns: 5_000 },
    );
    console.log(`labels: ${cases} cases`);
  });
});
