import { describe, expect, it } from "vitest";
import { stagesFixture } from "../../test/fixtures";
import { changesSince, hasChangelogSince } from "./changes";

const release = (version: number, changes: [string, "new" | "changed" | "removed"][]) => ({
  version,
  date: "2026-11-27",
  summary: "A release.",
  changes: changes.map(([question, kind]) => ({ question, kind, why: "Because." })),
});

const v3 = {
  ...stagesFixture(),
  version: 3,
  changelog: [
    release(3, [
      ["a-1", "changed"],
      ["b-1", "changed"],
    ]),
    release(2, [
      ["b-1", "new"],
      ["a-2", "changed"],
      ["old", "removed"],
    ]),
  ],
};

describe("changesSince", () => {
  it("collects every release after the given version", () => {
    expect(Object.fromEntries(changesSince(v3, 1))).toEqual({
      "a-1": "changed",
      "a-2": "changed",
      "b-1": "new",
      old: "removed",
    });
  });

  it("leaves out releases the earlier answers already saw", () => {
    expect(Object.fromEntries(changesSince(v3, 2))).toEqual({ "a-1": "changed", "b-1": "changed" });
    expect(changesSince(v3, 3).size).toBe(0);
  });
});

describe("hasChangelogSince", () => {
  it("is true only when every later version has a release", () => {
    expect(hasChangelogSince(v3, 1)).toBe(true);
    expect(hasChangelogSince({ ...v3, changelog: [v3.changelog[0]!] }, 1)).toBe(false);
    expect(hasChangelogSince(stagesFixture(), 1)).toBe(true);
  });
});
