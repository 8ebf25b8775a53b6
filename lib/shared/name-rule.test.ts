import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanName, hasVisible, nameKey, nameProblem } from "./name-rule";

// Names that show as nothing, as a hostile tester would type them: zero-width characters, the
// Hangul and half-width fillers, Braille blank, combining marks on nothing, bidi controls.
const INVISIBLE_NAMES = [
  "\u200B",
  "\u200B\u200C\u200D\u2060\uFEFF",
  "\u3164",
  "\u115F\u1160",
  "\uFFA0\uFFA0",
  "\u2800",
  "\u0301\u0308",
  "\u202E\u2066\u2069",
  "\u00AD",
  " \u3000 \u00A0",
];

describe("what a name is", () => {
  it.each(INVISIBLE_NAMES)("%j is not a name: dropped where read, refused where typed", (raw) => {
    expect(hasVisible(raw)).toBe(false);
    expect(cleanName(raw, 80)).toBeUndefined();
    if (raw.trim() !== "") expect(nameProblem(raw, "The team's name")).toMatch(/^The team's name holds only blank/);
  });

  it.each([
    ["CEO", "CEO"],
    ["\u200BCEO\u200B", "CEO"],
    ["\u3164Head of sales\u3164", "Head of sales"],
    ["Directeur\u00ADgénéral", "Directeurgénéral"],
    ["e\u0301quipe", "e\u0301quipe"],
    // Joiners stay inside a name: emoji sequences and Persian need them.
    ["👨‍👩‍👧 team", "👨‍👩‍👧 team"],
    ["می‌خواهم", "می‌خواهم"],
    ["\u0301CEO", "CEO"],
  ])("%j reads as %j", (raw, clean) => {
    expect(cleanName(raw, 80)).toBe(clean);
    expect(nameProblem(raw, "A role")).toBeNull();
  });

  it("matches one name however it was typed or copied", () => {
    const forms = [
      "Chief Financial Officer",
      "chief financial officer",
      "ＣＨＩＥＦ ＦＩＮＡＮＣＩＡＬ ＯＦＦＩＣＥＲ",
      "Chief\u200B Financial  Officer",
    ];
    for (const form of forms) expect(nameKey(form)).toBe(nameKey(forms[0]!));
    // Accents typed as one character or as a letter and a combining mark.
    expect(nameKey("Directrice générale")).toBe(nameKey("Directrice ge\u0301ne\u0301rale"));
    // Case folding beyond lower-casing: ß and SS, final sigma.
    expect(nameKey("Straße")).toBe(nameKey("STRASSE"));
    expect(nameKey("ΟΔΟΣ")).toBe(nameKey("οδος"));
    expect(nameKey("Finance")).not.toBe(nameKey("Fínance"));
  });

  it("refuses exactly what it would drop (property)", () => {
    const piece = fc.constantFrom(
      "a",
      "é",
      "😀",
      " ",
      "\u200B",
      "\u3164",
      "\u0301",
      "\u202E",
      "\u00AD",
      "\t",
      "ㅤ",
      "\u2800",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const raw = pieces.join("");
        if (raw.trim() === "") return;
        expect(nameProblem(raw, "A role") === null).toBe(cleanName(raw, 1000) !== undefined);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("matching names", () => {
  it.each([
    ["a variation selector", "CE\uFE0FO"],
    ["a supplementary variation selector", "C\u{E0100}EO"],
    ["a Mongolian free variation selector", "CE\u180BO"],
    ["a combining grapheme joiner", "CE\u034FO"],
    ["a tag character", "CEO\u{E0041}"],
    ["a zero-width joiner", "C\u200DEO"],
    ["a Hangul filler", "CE\u3164O"],
  ])("ignores %s inside a name", (_what, typed) => {
    expect(nameKey(typed)).toBe(nameKey("CEO"));
  });
});
