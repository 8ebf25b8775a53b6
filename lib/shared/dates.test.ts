import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatSavedDay, formatTimestamp } from "./dates";

describe("formatDate", () => {
  it.each([
    ["2027-03-31", "31 March 2027"],
    ["2026-01-01", "1 January 2026"],
  ])("%s → %s, in UTC whatever the machine's zone", (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it("writes every day as Intl writes it in en-GB, in UTC", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const days = fc.date({
      min: new Date("1000-01-01T00:00:00Z"),
      max: new Date("9999-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(fc.property(days, (day) => formatDate(day.toISOString().slice(0, 10)) === intl.format(day)));
  });

  // Never "Invalid Date": text that is no date says so.
  it.each(["2026-13-45", "yesterday", "", "2026-02-30", "31/03/2027"])("says %j is no date it can read", (text) => {
    expect(formatDate(text)).toBe("a date that cannot be read");
  });
});

describe("saved times", () => {
  it("shows a saved moment and day in words", () => {
    expect(formatTimestamp("2026-11-22T14:05:00.000Z")).toMatch(/^2[23] Nov 2026, \d{2}:\d{2}$/);
    expect(formatSavedDay("2026-11-22T14:05:00Z")).toMatch(/^2[23] Nov 2026$/);
  });

  it.each(["yesterday", "1700000000000", "2026-11-22 14:05", "2026-13-01T00:00:00Z", "", "Invalid Date"])(
    "reads %j as no time at all, never as Invalid Date",
    (text) => {
      expect(formatTimestamp(text)).toBeNull();
      expect(formatSavedDay(text)).toBeNull();
    },
  );
});
