import * as z from "../zod-mini";
import { HISTORY_KEY } from "./keys";
import type { Store } from "./store";

export { HISTORY_KEY };

/** How many finished results this browser remembers for comparisons. */
export const HISTORY_LIMIT = 20;

const EntrySchema = z.object({
  /** ISO timestamp of when the result was finished. */
  savedAt: z.string(),
  questionnaireIds: z.array(z.string()).check(z.minLength(1)),
  /** The result link's fragment, without "#". */
  fragment: z.string().check(z.minLength(1), z.maxLength(4000)),
});

export const HistorySchema = z.object({ format: z.literal(1), entries: z.array(EntrySchema) });
export type HistoryEntry = z.infer<typeof EntrySchema>;

/** Saved results, newest first; an unreadable store reads as empty rather than failing. */
export function parseHistory(text: string | null | undefined): HistoryEntry[] {
  if (!text) return [];
  try {
    const parsed = HistorySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

export function readHistory(store: Store): HistoryEntry[] {
  return parseHistory(store.read(HISTORY_KEY));
}

/** Keeps the entry first and drops its older copy; false when storage would not take it. */
export function addToHistory(store: Store, entry: HistoryEntry): boolean {
  const entries = [entry, ...readHistory(store).filter((e) => e.fragment !== entry.fragment)].slice(0, HISTORY_LIMIT);
  return store.write(HISTORY_KEY, JSON.stringify({ format: 1, entries })).ok;
}
