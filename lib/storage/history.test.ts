import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addToHistory, HISTORY_KEY, HISTORY_LIMIT, keepInHistory, KEPT_ASIDE_KEY, readHistory } from "./history";
import { failingStore, memoryStore } from "../../test/memory-storage";
import { guardStorage } from "./store";

// `npm run fuzz` runs twenty times as many cases.
const RUNS = import.meta.env.MODE === "fuzz" ? 100_000 : 5_000;

const entry = (n: number) => ({
  savedAt: `2026-11-${String(n).padStart(2, "0")}T00:00:00Z`,
  questionnaireIds: ["journey"],
  fragment: `v=1&journey=1.${n}`,
});
const stored = (entries: unknown[], format = 1) => memoryStore({ [HISTORY_KEY]: JSON.stringify({ format, entries }) });
const written = (store: ReturnType<typeof memoryStore>): { format: number; entries: unknown[] } =>
  JSON.parse(store.data[HISTORY_KEY] ?? "null");

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

  it("says why a result is not kept, so the page can tell the leader", () => {
    expect(keepInHistory(memoryStore(), entry(1))).toBeNull();
    // Full storage reads as ever and refuses to write.
    const full = guardStorage(() => ({
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      },
      removeItem: () => undefined,
    }));
    expect(keepInHistory(full, entry(1))).toBe(
      "This browser's storage is full, so this result is not kept in its list of your results (which compare and the home page offer). Its link still holds all of it: bookmark this page or copy its address.",
    );
    expect(keepInHistory(failingStore(), entry(1))).toMatch(
      /^This browser keeps nothing for this site \(storage is turned off\)/,
    );
  });
});

// One bad entry, or one written by a newer version, once wiped the history on the next save.
describe("a history with entries this version cannot read", () => {
  it("reads the entries it can, one by one", () => {
    expect(readHistory(stored([entry(1), { savedAt: 3 }, "junk", entry(2)]))).toEqual([entry(1), entry(2)]);
  });

  it("keeps an unreadable entry, untouched and in its place, on the next save", () => {
    const store = stored([entry(1), { savedAt: 3 }, entry(2)]);
    expect(addToHistory(store, entry(3))).toBe(true);
    expect(written(store).entries).toEqual([entry(3), entry(1), { savedAt: 3 }, entry(2)]);
  });

  it("keeps a newer version's entries and fields, and its format", () => {
    const newer = { format: 2, kind: "team", fragment: "team=1&r=x", savedAt: "2027-01-01T00:00:00Z" };
    const extra = { ...entry(1), note: "from the next version" };
    const store = stored([newer, extra], 2);
    addToHistory(store, entry(2));
    expect(written(store)).toEqual({ format: 2, entries: [entry(2), newer, extra] });
    // Saving the same result again keeps what the newer version wrote beside it.
    addToHistory(store, { ...entry(1), savedAt: "2026-12-01T00:00:00Z" });
    expect(written(store).entries[0]).toEqual({ ...extra, savedAt: "2026-12-01T00:00:00Z" });
  });

  it("moves a store it cannot read at all aside, rather than writing over it", () => {
    const store = memoryStore({ [HISTORY_KEY]: "{not json" });
    expect(addToHistory(store, entry(1))).toBe(true);
    expect(store.data[KEPT_ASIDE_KEY]).toBe("{not json");
    expect(readHistory(store)).toEqual([entry(1)]);
    // Once something is kept aside, another unreadable store is not written over it either.
    store.data[HISTORY_KEY] = "also broken";
    expect(addToHistory(store, entry(2))).toBe(false);
    expect(store.data).toMatchObject({ [HISTORY_KEY]: "also broken", [KEPT_ASIDE_KEY]: "{not json" });
  });

  it("writes nothing when storage cannot be read, so nothing unseen is replaced", () => {
    const store = memoryStore({ [HISTORY_KEY]: JSON.stringify({ format: 1, entries: [entry(1)] }) });
    const unreadable = { ...store, read: () => undefined };
    expect(addToHistory(unreadable, entry(2))).toBe(false);
    expect(readHistory(store)).toEqual([entry(1)]);
  });
});

describe("any mix of entries survives a save (property)", () => {
  const good = fc.integer({ min: 1, max: 40 }).map(entry);
  const unreadable = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }).filter((v) => typeof v !== "object" || v === null || Array.isArray(v)),
    fc.record({ savedAt: fc.integer(), fragment: fc.string() }),
    fc.record({
      savedAt: fc.constant("2026-11-01T00:00:00Z"),
      questionnaireIds: fc.constant([]),
      fragment: fc.string(),
    }),
  );
  const newer = fc.record({
    format: fc.integer({ min: 2, max: 9 }),
    fragment: fc.string(),
    extra: fc.jsonValue({ maxDepth: 1 }),
  });
  const mixes = fc.array(fc.oneof(good, unreadable, newer), { maxLength: 25 });

  it("keeps every entry it cannot read in order, and the ones it can, newest first, up to the limit", () => {
    fc.assert(
      fc.property(mixes, fc.integer({ min: 1, max: 40 }), fc.constantFrom(1, 2), (entries, n, format) => {
        const store = stored(entries, format);
        const before = readHistory(store);
        expect(addToHistory(store, entry(n))).toBe(true);
        const after = written(store);
        expect(after.format).toBe(format);
        // What it cannot read, untouched and in the same order.
        const text = (e: unknown) => JSON.stringify(e);
        const readable = new Set([...before.map(text), text(entry(n))]);
        const unread = (list: unknown[]) => list.map(text).filter((e) => !readable.has(e));
        expect(unread(after.entries)).toEqual(unread(entries));
        // What it can: the new entry first, the rest after it without repeats, up to the limit.
        const expected = [entry(n), ...before.filter((e) => e.fragment !== entry(n).fragment)].slice(0, HISTORY_LIMIT);
        expect(readHistory(store)).toEqual(expected);
        // Never shorter, except by the readable entries past the limit.
        const dropped = Math.max(0, before.filter((e) => e.fragment !== entry(n).fragment).length + 1 - HISTORY_LIMIT);
        const repeats = before.length - before.filter((e) => e.fragment !== entry(n).fragment).length;
        expect(after.entries.length).toBe(entries.length + 1 - dropped - repeats);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
