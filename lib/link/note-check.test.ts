import { describe, expect, it } from "vitest";
import { MAX_FRAGMENT_LENGTH } from "./fragment";
import { checkNote, noteCount, TOO_LONG_FOR_LINK } from "./note-check";
import { MAX_NOTE_LENGTH } from "./notes";

describe("a note as it is typed", () => {
  const fits = () => Promise.resolve(500);
  it("is refused past its own limit, when it shows nothing, or when the link would be too long", async () => {
    expect(await checkNote("x".repeat(MAX_NOTE_LENGTH + 1), fits)).toMatch(/up to 280 characters; this one has 281/);
    expect(await checkNote("\u200b\u2060", fits)).toMatch(/shows nothing/);
    expect(await checkNote("Churn report, May", () => Promise.resolve(MAX_FRAGMENT_LENGTH + 1))).toBe(
      TOO_LONG_FOR_LINK,
    );
  });
  it("is kept when it fits, and an empty one removes the note", async () => {
    expect(await checkNote("Churn report, May", () => Promise.resolve(MAX_FRAGMENT_LENGTH))).toBeNull();
    expect(await checkNote("", fits)).toBeNull();
    expect(noteCount("abc")).toBe("3 of 280 characters");
  });
});
