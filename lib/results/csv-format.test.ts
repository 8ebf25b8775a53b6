import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { csvFileText, toCsv, type CsvValue } from "./csv";
import { COMMA_CSV, csvFormatFor, SEMICOLON_CSV } from "./csv-format";
import { parseCsv } from "../../test/parse-csv";

describe("a language's CSV", () => {
  it("is a comma CSV in English and a semicolon CSV with decimal commas in German, French and Spanish", () => {
    expect(csvFormatFor("en")).toEqual(COMMA_CSV);
    for (const locale of LOCALES.filter((l) => l !== "en")) expect(csvFormatFor(locale)).toEqual(SEMICOLON_CSV);
  });

  it("keeps English byte for byte as before: commas and decimal points", () => {
    expect(
      toCsv(
        [
          ["a", 2.75, -5],
          [null, "b"],
        ],
        csvFormatFor("en"),
      ),
    ).toBe('"a",2.75,-5\r\n,"b"\r\n');
    expect(toCsv([["a", 2.75]], csvFormatFor("en"))).toBe(toCsv([["a", 2.75]]));
  });

  it("splits German cells on `;`, writes 2.75 as 2,75, and still defuses formulas after either separator", () => {
    const csv = toCsv([["Fläche, Stufe", 2.75, -5, "=1+1", "a;=SUM(A1)"]], csvFormatFor("de"));
    expect(csv).toBe(`"Fläche, Stufe";2,75;-5;"'=1+1";"a;'=SUM(A1)"\r\n`);
    expect(parseCsv(csv, ";")).toEqual([["Fläche, Stufe", "2,75", "-5", "'=1+1", "a;'=SUM(A1)"]]);
  });

  it("keeps its byte-order mark", () => {
    expect(csvFileText(toCsv([["Geschäftsführerin", 3.5]], csvFormatFor("fr")))).toBe(
      '\uFEFF"Geschäftsführerin";3,5\r\n',
    );
  });

  it("reads back as the rows it was made of, in every language's own separator", () => {
    const text = fc.string({ unit: "grapheme" }).filter((s) => !/^[\s\p{Cf}"]*[=+\-@\t＝＋－＠]/u.test(s));
    const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 5 });
    fc.assert(
      fc.property(rows, fc.constantFrom(...LOCALES), (table: CsvValue[][], locale) => {
        const format = csvFormatFor(locale);
        const read = parseCsv(toCsv(table, format), format.separator);
        // Row and cell counts survive; a number reads back with the language's decimal mark.
        expect(read.map((r) => r.length)).toEqual(table.map((r) => r.length));
        table.forEach((row, i) =>
          row.forEach((value, j) => {
            if (typeof value === "number") expect(read[i]?.[j]).toBe(String(value).replace(".", format.decimal));
          }),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
