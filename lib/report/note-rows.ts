import type { Notes } from "../link/notes";
import type { CsvValue } from "../results/csv";

/**
 * A leader's notes in the result's CSV: a "note" row right under each question row that has
 * one, with the same columns (questionnaire, version, area, question id and text), the note in
 * the answer column, and the same who-and-when. The CSV writer makes every cell formula-safe.
 */
export function withNoteRows(rows: readonly CsvValue[][], notes: Notes): CsvValue[][] {
  return rows.flatMap((row) => {
    const [kind, questionnaire, version, dimension, id, text, , , ...context] = row;
    const note = kind === "question" ? notes[String(questionnaire)]?.[String(id)] : undefined;
    return note
      ? [
          row,
          [
            "note",
            questionnaire ?? null,
            version ?? null,
            dimension ?? null,
            id ?? null,
            text ?? null,
            note,
            null,
            ...context,
          ],
        ]
      : [row];
  });
}
