import { describe, expect, it } from "vitest";
import { median, slope } from "./stats";

describe("median", () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3], // sorted 1 3 5: the middle one
    [[4, 1, 3, 2], 2.5], // sorted 1 2 3 4: (2 + 3) / 2
  ])("median(%j) = %d", (values, expected) => expect(median(values)).toBe(expected));

  it("refuses an empty list rather than inventing a figure", () => expect(() => median([])).toThrow());
});

describe("slope", () => {
  it("is the marginal cost between points", () => {
    // 267 articles in 40 s, 1,017 in 85 s: 45,000 ms / 750 articles = 60 ms each.
    expect(
      slope([
        { x: 267, y: 40_000 },
        { x: 1017, y: 85_000 },
      ]),
    ).toBeCloseTo(60);
  });

  it("refuses points that cannot give a slope", () => {
    expect(() => slope([{ x: 1, y: 1 }])).toThrow();
    expect(() =>
      slope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow();
  });
});
