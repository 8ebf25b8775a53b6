import { COMMA_CSV, type CsvFormat } from "./csv-format";

/**
 * The one CSV writer. Labels and organisation names are typed by whoever made a link, so every
 * text cell is treated as hostile, and the file may be opened by any spreadsheet in any locale
 * or split by a careless script.
 */

export type CsvValue = string | number | null;

// Every Unicode line break. A reader that honours any of them would start a new row inside a cell.
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;

// C0 controls (NUL ends strings in some readers), DEL, C1 controls, and the bidi embeddings,
// overrides and isolates, which make a cell show something other than what it holds.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// A formula starts with = + - @ or tab, or a full-width form that Excel also accepts. It can
// hide behind what a reader skips first: whitespace (Excel trims leading spaces), invisible
// format characters, and quote marks that a careless parser leaves or strips. It can begin at
// the start of the cell, or after a `,` or `;` inside the text, where a reader that ignores
// quoting (or splits on the other separator) begins a new cell. The `'` goes right after that
// boundary, so every such reading starts with `'` and shows as text.
const FORMULA_START = /(^|[,;])([\s\p{Cf}"]*)(?=[=+\-@\t＝＋－＠])/gu;

function cleanText(text: string): string {
  return (
    text
      .replace(LINE_BREAK, " ")
      // A tab separates words as a space does, and is a separator for tab-splitting readers.
      .replace(/\t/g, " ")
      .replace(CONTROL, "")
      .replace(FORMULA_START, "$1'$2")
  );
}

/**
 * One cell. Text is always quoted, whatever it holds, so no separator (`,`, `;` or tab) can split
 * it; numbers are written bare, since a number is data (`-5` stays `-5`) and cannot be a formula.
 */
export function csvCell(value: CsvValue, format: CsvFormat = COMMA_CSV): string {
  if (value === null) return "";
  // NaN and Infinity are not numbers a spreadsheet reads; "-Infinity" would look like a formula.
  // A figure takes the region's decimal mark, so "2,75" reads as a number in a German Excel.
  if (typeof value === "number" && Number.isFinite(value)) return String(value).replace(".", format.decimal);
  return `"${cleanText(String(value)).replace(/"/g, '""')}"`;
}

/**
 * Rows as RFC 4180 CSV: cells joined by the format's separator (`,` unless a language's
 * spreadsheets expect `;`: lib/results/csv-format.ts), every row ended by CRLF, the last one too.
 */
export function toCsv(rows: CsvValue[][], format: CsvFormat = COMMA_CSV): string {
  return rows.map((row) => `${row.map((cell) => csvCell(cell, format)).join(format.separator)}\r\n`).join("");
}

/**
 * A CSV file's text as a spreadsheet should read it. Excel opens a CSV without a byte-order mark
 * in the computer's own code page, so "Geschäftsführerin" shows as "GeschÃ¤ftsfÃ¼hrerin"; with
 * the mark it reads UTF-8. Every CSV the site saves goes through here (components/shared/download.ts).
 */
export const BYTE_ORDER_MARK = "\uFEFF";

export function csvFileText(csv: string): string {
  return csv.startsWith(BYTE_ORDER_MARK) ? csv : `${BYTE_ORDER_MARK}${csv}`;
}
