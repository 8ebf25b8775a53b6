import { describe, expect, it } from "vitest";
import { isSpaceCode } from "./chars";

describe("isSpaceCode", () => {
  it("treats as white space what trim and \\s do, character by character", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      const space = isSpaceCode(code);
      if (space !== /\s/.test(char) || space !== (char.trim() === "")) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
