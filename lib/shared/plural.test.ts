import { describe, expect, it } from "vitest";
import { formatCount } from "./numbers";
import { countOf, plural } from "./plural";

describe("plural and countOf", () => {
  it.each([
    [0, "0 leaders"],
    [1, "1 leader"],
    [2, "2 leaders"],
    [1.5, "1.5 leaders"],
    [1234, "1,234 leaders"],
  ])("%d → %s", (n, expected) => {
    expect(countOf(n, "leader", "leaders")).toBe(expected);
  });

  it("takes phrases, so a verb can agree with its subject", () => {
    expect(plural(1, "question is", "questions are")).toBe("question is");
    expect(plural(3, "question is", "questions are")).toBe("questions are");
  });
});

describe("formatCount", () => {
  it("groups thousands with commas, whatever the machine's locale", () => {
    expect(formatCount(5000)).toBe("5,000");
    expect(formatCount(1_234_567)).toBe("1,234,567");
    expect(formatCount(999)).toBe("999");
  });
});
