import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBaseline, resolveCommit } from "./baseline";

const write = (content: object) => {
  const file = join(mkdtempSync(join(tmpdir(), "baseline-")), "baseline.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
};

// A shallow clone (some CI checkouts) lacks older commits, so it cannot tell whether one exists.
const shallow = execFileSync("git", ["rev-parse", "--is-shallow-repository"], { encoding: "utf8" }).trim() === "true";

describe("the baseline file", () => {
  it.skipIf(shallow)("names a commit the repository has, with when and why", () => {
    const baseline = readBaseline();
    expect(resolveCommit(baseline.commit)).toBe(baseline.commit);
    expect(baseline.why.length).toBeGreaterThan(20);
  });

  it("refuses a short hash or a missing reason, naming the field", () => {
    const file = write({ commit: "195c514", accepted: "2026-12-06" });
    expect(() => readBaseline(file)).toThrow(/commit: a full 40-character commit hash[\s\S]*why/);
  });

  it("says which ref git does not know", () => {
    expect(() => resolveCommit("no-such-branch-anywhere")).toThrow("--against no-such-branch-anywhere");
  });
});
