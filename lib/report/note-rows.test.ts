import { describe, expect, it } from "vitest";
import { toCsv } from "../results/csv";
import { CSV_HEADER } from "../results/export";
import { withNoteRows } from "./note-rows";

describe("notes in the CSV", () => {
  it("puts each note in a row right under its answer, formula-safe", () => {
    const rows = [
      CSV_HEADER,
      ["question", "journey", 1, "listen", "q1", "We ask customers", "Sometimes", 3, null, null, "2026-12-07"],
      ["question", "journey", 1, "listen", "q2", "We act on it", "Rarely", 2, null, null, "2026-12-07"],
      ["dimension", "journey", 1, "listen", "listen", "Listen", "Stage 2", 2.5, null, null, "2026-12-07"],
    ];
    const csv = toCsv(withNoteRows(rows, { journey: { q2: '=HYPERLINK("x") from the audit' } }))
      .split(/\r?\n/)
      .filter(Boolean);
    expect(csv).toHaveLength(5);
    expect(csv[3]).toBe(
      `"note","journey",1,"listen","q2","We act on it","'=HYPERLINK(""x"") from the audit",,,,"2026-12-07"`,
    );
    expect(csv[4]).toMatch(/^"dimension"/);
  });
});
