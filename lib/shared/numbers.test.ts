import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "./numbers";

describe("formatCount", () => {
  it("groups thousands with commas", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(5000)).toBe("5,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(-12345)).toBe("-12,345");
  });

  it("writes every whole number as Intl does for en-GB, and hands Intl the rest", () => {
    const intl = new Intl.NumberFormat("en-GB");
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === intl.format(n)));
    expect(formatCount(1234.5)).toBe(intl.format(1234.5));
  });
});
