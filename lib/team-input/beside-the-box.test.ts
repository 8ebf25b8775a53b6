import { describe, expect, it } from "vitest";
import {
  BOX_MAX_CHARS,
  BOX_MAX_LINES,
  countLines,
  describeHeld,
  fitsTheBox,
  holdText,
  joinInput,
} from "./beside-the-box";
import { teamText } from "../../test/team-text";

describe("what the team box shows, and what is held beside it", () => {
  it("keeps a leadership team's links in the box, and holds a text of more lines or characters than it lays out quickly", () => {
    const link = "https://example.org/results/#v=2&a=0123456789abcdef";
    expect(fitsTheBox(Array.from({ length: 40 }, () => link).join("\n"))).toBe(true);
    expect(fitsTheBox("x\n".repeat(BOX_MAX_LINES - 1))).toBe(true);
    expect(fitsTheBox("x\n".repeat(BOX_MAX_LINES))).toBe(false);
    expect(fitsTheBox("x".repeat(BOX_MAX_CHARS))).toBe(true);
    expect(fitsTheBox("x".repeat(BOX_MAX_CHARS + 1))).toBe(false);
  });

  it("reads the box, then each held text, as if each had been added below the box", () => {
    const held = [holdText("a.txt", "A1\nA2"), holdText("pasted text", "B1")];
    expect(joinInput("box 1\nbox 2\n\n", held)).toBe("box 1\nbox 2\nA1\nA2\nB1");
    expect(joinInput("  \n", held)).toBe("A1\nA2\nB1");
    expect(joinInput("box", [])).toBe("box");
  });

  it("names a held text by its size in bytes and its lines", () => {
    expect(countLines("a\nb\n")).toBe(2);
    expect(countLines("a\nb")).toBe(2);
    expect(countLines("")).toBe(0);
    expect(describeHeld(holdText("leaders.csv", "é\n".repeat(3000)), "en", teamText().teamInput)).toBe(
      "leaders.csv: 8.8 KB, 3,000 lines",
    );
  });
});
