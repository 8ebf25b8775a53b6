import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { latestKey, loadLatest, saveLatest } from "./latest-results";
import { failingStore, memoryStore } from "../../test/memory-storage";

const result = { questionnaireId: "journey", version: 1, answers: { "leadership-1": choose(2) } };

describe("latest results", () => {
  it("round-trips", () => {
    const storage = memoryStore();
    expect(saveLatest(storage, result, "2026-11-22")).toBe(true);
    expect(loadLatest(storage, "journey")).toEqual({ format: 1, result, date: "2026-11-22" });
  });
  it("ignores corrupt, foreign and mismatched entries", () => {
    expect(loadLatest(memoryStore({ [latestKey("journey")]: "{" }), "journey")).toBeNull();
    expect(loadLatest(memoryStore({ [latestKey("journey")]: '{"format":2}' }), "journey")).toBeNull();
    const other = JSON.stringify({ format: 1, result: { ...result, questionnaireId: "blunders" }, date: "2026-11-22" });
    expect(loadLatest(memoryStore({ [latestKey("journey")]: other }), "journey")).toBeNull();
    expect(loadLatest(failingStore(), "journey")).toBeNull();
  });
  it("reports a storage that refuses to save", () => {
    expect(saveLatest(failingStore("QuotaExceededError"), result, "2026-11-22")).toBe(false);
    expect(saveLatest(failingStore(), result, "2026-11-22")).toBe(false);
  });
});
