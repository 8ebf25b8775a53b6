import { describe, expect, it } from "vitest";
import { decodeCompareFragment } from "../compare/compare-link";
import { readFlowHashInEnglish } from "../link/english-flow";
import { withSeal } from "../link/fragment";
import { recentResults } from "./recent-results";

const entry = (savedAt: string, questionnaireIds: string[], fragment: string) => ({
  savedAt,
  questionnaireIds,
  fragment,
});

describe("recentResults", () => {
  it("keeps the newest result for each assessment, newest first", () => {
    const recent = recentResults([
      entry("2026-11-20T09:00:00Z", ["journey", "blunders"], "v=2&journey=1.C&blunders=1.D"),
      entry("2026-11-19T09:00:00Z", ["blunders"], "v=2&blunders=1.B"),
      entry("2026-11-18T09:00:00Z", ["journey"], "v=2&journey=1.A"),
      entry("2025-11-18T09:00:00Z", ["team-check"], "v=2&team-check=1.T"),
    ]);
    // The combined result covers both single ones made before it; the other assessment stays.
    expect(recent.map((r) => [r.questionnaireIds, r.date])).toEqual([
      [["journey", "blunders"], "2026-11-20"],
      [["team-check"], "2025-11-18"],
    ]);
  });

  it("leads to the report, a retake per assessment, and compare with it as the earlier result", () => {
    // Sealed: a flow checks the seal of the result it retakes at once.
    const fragment = withSeal("v=2&journey=1.C&blunders=1.D&label=A+%26+B");
    const [r] = recentResults([entry("2026-11-20T09:00:00Z", ["journey", "blunders"], fragment)]);
    expect(r?.open).toBe(`/results/#${fragment}`);
    expect(r?.retake.map((t) => [t.questionnaireId, t.path.split("#")[0]])).toEqual([
      ["journey", "/assess/journey/"],
      ["blunders", "/assess/blunders/"],
    ]);
    expect(readFlowHashInEnglish(r?.retake[0]?.path.split("#")[1] ?? "")).toEqual({ retake: fragment });
    expect(decodeCompareFragment(r?.compare.split("#")[1] ?? "")).toEqual({ before: fragment, after: "" });
  });

  it("leaves the date out when the stored time is not a plain one, and is empty for no history", () => {
    expect(recentResults([entry("yesterday", ["journey"], "v=2&journey=1.A")])[0]).not.toHaveProperty("date");
    expect(recentResults([])).toEqual([]);
  });
});
