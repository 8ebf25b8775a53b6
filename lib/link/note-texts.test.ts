import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import { MAX_FRAGMENT_LENGTH } from "./fragment";
import { checkNote, noteCheck, noteCount, noteTexts } from "./note-check";
import { MAX_NOTE_LENGTH } from "./notes";

const fits = () => Promise.resolve(500);
const tooLong = () => Promise.resolve(MAX_FRAGMENT_LENGTH + 1);
const cases: [string, () => Promise<number>][] = [
  ["x".repeat(MAX_NOTE_LENGTH + 1), fits],
  ["\u200b\u2060", fits],
  ["Churn report, May", tooLong],
];

describe("a note's counter and problems in a page's language", () => {
  it("read in English exactly as checkNote and noteCount say them", async () => {
    const texts = noteTexts("en", messagesFor("en").flow.note);
    expect(texts.count("abc")).toBe(noteCount("abc"));
    for (const [text, length] of cases) {
      const found = await noteCheck(text, length);
      expect(found && texts.problem(found)).toBe(await checkNote(text, length));
    }
  });
  it("read in German with German numbers", async () => {
    const texts = noteTexts("de", messagesFor("de").flow.note);
    expect(texts.count("abc")).toBe("3 von 280 Zeichen");
    const found = await noteCheck("Churn report, May", tooLong);
    expect(found && texts.problem(found)).toContain("die 4.000 Zeichen");
  });
});
