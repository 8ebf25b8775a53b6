const cellOf = (separator: string) => new RegExp(`"((?:[^"]|"")*)"|([^"${separator}\\r\\n]*)`, "y");
const COMMA_CELL = cellOf(",");

/**
 * RFC 4180, strictly: a malformed cell, or a last row without CRLF, throws. `separator` is `;`
 * for the CSV German, French and Spanish spreadsheets read (lib/results/csv-format.ts).
 */
export function parseCsv(csv: string, separator: "," | ";" = ","): string[][] {
  const CELL = separator === "," ? COMMA_CELL : cellOf(separator);
  const rows: string[][] = [];
  let pos = 0;
  while (pos < csv.length) {
    const row: string[] = [];
    for (;;) {
      CELL.lastIndex = pos;
      const match = CELL.exec(csv);
      if (!match) throw new Error(`no cell at ${pos}`);
      row.push(match[1] === undefined ? (match[2] ?? "") : match[1].replace(/""/g, '"'));
      pos = CELL.lastIndex;
      if (csv[pos] === separator) pos += 1;
      else if (csv.startsWith("\r\n", pos)) break;
      else throw new Error(`malformed CSV at ${pos}: ${JSON.stringify(csv.slice(pos, pos + 10))}`);
    }
    pos += 2;
    rows.push(row);
  }
  return rows;
}
