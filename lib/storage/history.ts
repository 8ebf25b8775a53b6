import * as z from "../zod-mini";
import { fill } from "../i18n/format";
import { storage as ENGLISH, type StorageMessages } from "../i18n/messages/en/storage";
import { HISTORY_KEY } from "./keys";
import type { SaveOutcome, Store } from "./store";

export { HISTORY_KEY };

/** How many finished results this browser remembers for comparisons: entries it can read, that is. */
export const HISTORY_LIMIT = 20;

/** Where a stored history that is not readable at all is kept, rather than written over. */
export const KEPT_ASIDE_KEY = `${HISTORY_KEY}:unreadable`;

const FORMAT = 1;

const EntrySchema = z.object({
  /** ISO timestamp of when the result was finished. */
  savedAt: z.string(),
  questionnaireIds: z.array(z.string()).check(z.minLength(1)),
  /** The result link's fragment, without "#". */
  fragment: z.string().check(z.minLength(1), z.maxLength(4000)),
});

/**
 * The stored history: `{ format, entries }`. An entry a later version marks with a `format` of
 * its own above this one's is its business: kept, never read.
 */
export const HistorySchema = z.object({ format: z.literal(FORMAT), entries: z.array(EntrySchema) });
export type HistoryEntry = z.infer<typeof EntrySchema>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The stored object as written: null when there is none, "unreadable" when it is no history at all. */
function storedOf(
  text: string | null | undefined,
): (Record<string, unknown> & { entries: unknown[] }) | "unreadable" | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    if (!isRecord(data) || typeof data.format !== "number") return "unreadable";
    const entries = data.entries ?? [];
    return Array.isArray(entries) ? { ...data, entries } : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** An entry this version can read, or null: unreadable, or marked by a newer version. */
function readEntry(raw: unknown): HistoryEntry | null {
  if (isRecord(raw) && typeof raw.format === "number" && raw.format > FORMAT) return null;
  const parsed = EntrySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Saved results, newest first, read entry by entry: one entry that cannot be read (or that a
 * newer version wrote) hides only itself. A store that is no history at all reads as empty.
 */
export function parseHistory(text: string | null | undefined): HistoryEntry[] {
  const stored = storedOf(text);
  if (stored === null || stored === "unreadable") return [];
  return stored.entries.flatMap((raw) => readEntry(raw) ?? []);
}

export function readHistory(store: Store): HistoryEntry[] {
  return parseHistory(store.read(HISTORY_KEY));
}

/**
 * Keeps the entry first and drops its older copy; false when storage would not take it. Nothing
 * it cannot read is lost: such entries stay untouched and in their place, a newer version's
 * format and fields stay as they were, and a store that is no history at all is moved aside to
 * KEPT_ASIDE_KEY first (or, when that place is taken, left alone). The history shrinks only by
 * the readable entries past HISTORY_LIMIT, oldest first.
 */
export function addToHistory(store: Store, entry: HistoryEntry): boolean {
  return saveToHistory(store, entry).ok;
}

/** Why a result was not kept: storage full or off, or an unreadable history kept where this one would go. */
type HistoryOutcome = SaveOutcome | { ok: false; reason: "kept-aside" };

function saveToHistory(store: Store, entry: HistoryEntry): HistoryOutcome {
  const text = store.read(HISTORY_KEY);
  // Storage that cannot be read may still hold a history: writing blind could replace it.
  if (text === undefined) return { ok: false, reason: "unavailable" };
  const stored = storedOf(text);
  if (stored === "unreadable") {
    const aside = store.read(KEPT_ASIDE_KEY);
    if (aside !== null && aside !== text) return { ok: false, reason: "kept-aside" };
    const moved = store.write(KEPT_ASIDE_KEY, text ?? "");
    if (!moved.ok) return moved;
  }
  const { entries: raw = [], ...rest } = stored === null || stored === "unreadable" ? { format: FORMAT } : stored;
  const read = raw.map((e) => ({ raw: e, entry: readEntry(e) }));
  const same = read.find((e) => e.entry?.fragment === entry.fragment)?.raw;
  let readable = 1;
  const kept = read
    .filter((e) => e.entry?.fragment !== entry.fragment)
    .filter((e) => e.entry === null || (readable += 1) <= HISTORY_LIMIT)
    .map((e) => e.raw);
  // The same result saved again: the fields a newer version kept beside it stay.
  const first = isRecord(same) ? { ...same, ...entry } : entry;
  return store.write(HISTORY_KEY, JSON.stringify({ ...rest, entries: [first, ...kept] }));
}

/**
 * Keeps a finished or opened result in the history (addToHistory), and says why when it could
 * not, in the page's words (English where no page asks): a result silently missing from the list
 * later looks lost. Null when it was kept.
 */
export function keepInHistory(store: Store, entry: HistoryEntry, m: StorageMessages = ENGLISH): string | null {
  const outcome = saveToHistory(store, entry);
  return outcome.ok ? null : fill(m.notKept[outcome.reason], { keep: m.keepTheLink });
}
