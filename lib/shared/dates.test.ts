import { describe, expect, it } from "vitest";
import { formatDate } from "./dates";

describe("formatDate", () => {
  it.each([
    ["2027-03-31", "31 March 2027"],
    ["2026-01-01", "1 January 2026"],
  ])("%s → %s, in UTC whatever the machine's zone", (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});
