import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { csvCell, csvFileText, toCsv, type CsvValue } from "./csv";
import { parseCsv } from "../../test/parse-csv";

describe("csvCell", () => {
  it.each<[CsvValue, string]>([
    ["plain", '"plain"'],
    ["Acme, Inc.", '"Acme, Inc."'],
    ['say "hi"', '"say ""hi"""'],
    ["", '""'],
    // formulas at the start of the cell
    ["=1+1", `"'=1+1"`],
    ["+44 20", `"'+44 20"`],
    ["@cmd", `"'@cmd"`],
    ["＝1+1", `"'＝1+1"`],
    ["   =1+1", `"'   =1+1"`],
    // a formula after a separator, for semicolon-locale and careless readers
    ["a;=1+1", `"a;'=1+1"`],
    ["a,=1+1", `"a,'=1+1"`],
    ['x;=HYPERLINK("http://evil")', `"x;'=HYPERLINK(""http://evil"")"`],
    ['a; "=1', `"a;' ""=1"`],
    ["1-2, -3", `"1-2,' -3"`],
    // line breaks become a space, so a cell never spans rows; the space then hides no formula
    ["label\n=cmd", '"label =cmd"'],
    ["\n=cmd", `"' =cmd"`],
    ["a\r\nb\rc\u2028d\u2029e", '"a b c d e"'],
    ["\t=1", `"' =1"`],
    // controls are removed before the formula check, so they cannot hide one
    ["a\u0000b\rc", '"ab c"'],
    ["\u0000=1+1", `"'=1+1"`],
    ["\u202e=1+1", `"'=1+1"`],
    ["invoice\u202efdp.exe", '"invoicefdp.exe"'],
    ["\u2066x\u2069\u001b\u007f\u0085", '"x "'],
    // a number is data: bare, even when negative; the same text is defused
    [-5, "-5"],
    ["-5", `"'-5"`],
    [3.25, "3.25"],
    [null, ""],
    [Number.NaN, '"NaN"'],
    [Number.NEGATIVE_INFINITY, `"'-Infinity"`],
  ])("%j → %s", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe("toCsv", () => {
  it("joins cells with commas and ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", 1],
        [null, "b"],
      ]),
    ).toBe('"a",1\r\n,"b"\r\n');
    expect(toCsv([])).toBe("");
  });
});

// `vitest --mode fuzz` runs ten times as many cases.
const RUNS = import.meta.env.MODE === "fuzz" ? 100_000 : 10_000;
const counts = { arbitrary: 0, hostile: 0 };
afterAll(() => {
  for (const [name, n] of Object.entries(counts)) console.log(`csv ${name}: ${n} cases`);
});

// What a reader may skip before a formula: whitespace, invisible format characters, quote marks.
const FORMULA = /^[\s\p{Cf}"]*[=+\-@\t＝＋－＠]/u;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const isBareNumber = (cell: string) => Number.isFinite(Number(cell)) && String(Number(cell)) === cell;

/** What is wrong with the CSV of these rows, in words; calling `expect` once per case keeps 10,000 cases fast. */
function problemsOf(rows: CsvValue[][]): string[] {
  const csv = toCsv(rows);
  const problems: string[] = [];
  // (a) the strict reading gives back every row with all its cells
  const parsed = parseCsv(csv);
  if (parsed.map((r) => r.length).join() !== rows.map((r) => r.length).join()) problems.push("rows or cells lost");
  // (b) no reading starts a cell with a formula, except a number written bare
  parsed.forEach((row, i) =>
    row.forEach((cell, j) => {
      const value = rows[i]?.[j];
      const bare = typeof value === "number" && Number.isFinite(value);
      if (!bare && FORMULA.test(cell)) problems.push(`strict formula ${JSON.stringify(cell)}`);
    }),
  );
  const lines = csv.split("\r\n").slice(0, -1);
  if (lines.length !== rows.length) problems.push(`${lines.length} lines for ${rows.length} rows`);
  for (const line of lines) {
    for (const cell of [...line.split(";"), ...line.split(",")]) {
      // A semicolon reader sees `-5,"…"` when a row starts with a number. Those first characters
      // are ours, and the quoted text after them is a string literal in formula syntax too.
      const bare = isBareNumber(cell.split(",")[0] ?? "");
      if (!bare && FORMULA.test(cell)) problems.push(`naive formula ${JSON.stringify(cell)}`);
    }
    // Outside quotes there are only bare numbers and commas: no separator, `,` or `;` or tab,
    // can split a text cell, whichever one a reader uses.
    const unquoted = line.replace(/"(?:[^"]|"")*"/g, "").split(",");
    if (!unquoted.every((c) => c === "" || isBareNumber(c))) problems.push(`unquoted text in ${JSON.stringify(line)}`);
    // (c) nothing but CRLF between rows is a control character
    if (CONTROL.test(line)) problems.push(`control in ${JSON.stringify(line)}`);
  }
  return problems;
}

const number = fc.oneof(fc.integer(), fc.double());
const rowsOf = (cell: fc.Arbitrary<CsvValue>) =>
  fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 });

// Random strings seldom put `;` before `=`; these are built from the pieces that cause trouble.
const pieces = [
  ..."=+-@\t＝＋－＠;,\"' \u00a0\u3000\n\r\u0000\u001b\u007f\u0085\u2028\u2029\u202e\u2066\u200b\ufeffa1",
];
const hostile = fc.array(fc.constantFrom(...pieces, "\r\n", "HYPERLINK(", "cmd|' /C calc'!A0"), { maxLength: 12 });

describe("every reading of the CSV is one row per row, formula-free and control-free", () => {
  it("arbitrary text and numbers", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
    const cell = fc.oneof(text, number, fc.constant(null));
    fc.assert(
      fc.property(rowsOf(cell), (rows) => {
        counts.arbitrary += 1;
        expect(problemsOf(rows)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("text built from separators, formula starts, quotes, spaces and controls", () => {
    const cell = fc.oneof(
      hostile.map((p) => p.join("")),
      number,
    );
    fc.assert(
      fc.property(rowsOf(cell), (rows) => {
        counts.hostile += 1;
        expect(problemsOf(rows)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("csvFileText", () => {
  it("puts one byte-order mark before the CSV, and never a second", () => {
    const csv = toCsv([["Geschäftsführerin", 3]]);
    expect(csvFileText(csv)).toBe(`\uFEFF${csv}`);
    expect(csvFileText(csvFileText(csv))).toBe(`\uFEFF${csv}`);
  });
});
