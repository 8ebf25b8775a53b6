import { describe, expect, it } from "vitest";
import { addToHistory, HISTORY_KEY, HISTORY_LIMIT, readHistory } from "./history";
import { failingStore, memoryStore } from "../../test/memory-storage";

const entry = (n: number) => ({
  savedAt: `2026-11-${String(n).padStart(2, "0")}T00:00:00Z`,
  questionnaireIds: ["journey"],
  fragment: `v=1&journey=1.${n}`,
});

describe("result history", () => {
  it("keeps the newest first, without repeats, up to the limit", () => {
    const storage = memoryStore();
    for (let n = 1; n <= HISTORY_LIMIT + 2; n += 1) addToHistory(storage, entry(n));
    addToHistory(storage, entry(HISTORY_LIMIT + 2));
    const history = readHistory(storage);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toEqual(entry(HISTORY_LIMIT + 2));
    expect(history.filter((e) => e.fragment === entry(HISTORY_LIMIT + 2).fragment)).toHaveLength(1);
  });
  it("reads corrupt or missing storage as empty", () => {
    expect(readHistory(memoryStore({ [HISTORY_KEY]: "[[[" }))).toEqual([]);
    expect(readHistory(memoryStore({ [HISTORY_KEY]: '{"format":9}' }))).toEqual([]);
    expect(readHistory(failingStore())).toEqual([]);
  });
  it("reports a storage that refuses", () => {
    expect(addToHistory(failingStore("QuotaExceededError"), entry(1))).toBe(false);
  });
});
