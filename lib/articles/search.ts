import type { SearchEntry, SearchIndex } from "./search-schema";

// This module ships to the browser, loaded only when someone searches. It imports the schema's
// types but not zod itself: zod would add some 20 KB gzipped to that first search.

/** Words too common to tell articles apart; dropped from the index and from queries alike. */
const COMMON = new Set(
  "a an and are as at be but by for from has have how in is it its not of on or so that the their they this to was what when which who will with you your".split(
    " ",
  ),
);

/**
 * Lower-case words without accents or apostrophes: "Levesque's Flashpoint" → levesques,
 * flashpoint. The index and the query go through this same function, so they always agree.
 */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !COMMON.has(w));
}

/** Where a word may match and what that counts, best first: a title match says most. */
const FIELDS = [
  ["title", 3],
  ["summary", 2],
  ["text", 1],
] as const;

/** Whether a space-separated word list has a word starting with `term`, so "deli" finds "delight". */
const hasPrefix = (list: string, term: string) => ` ${list}`.includes(` ${term}`);

/**
 * Slugs of the articles that match every word of the query, best first; ties keep the index
 * order (newest first). Words match by prefix, so results appear while a word is half-typed.
 * Null when the query has no word worth searching for ("", "the"): the page then lists all.
 */
export function searchArticles(index: SearchIndex, query: string): string[] | null {
  const terms = words(query);
  if (terms.length === 0) return null;
  const scored = index.articles.flatMap((entry, position) => {
    let score = 0;
    for (const term of terms) {
      const best = FIELDS.find(([field]) => hasPrefix(entry[field], term));
      if (!best) return [];
      score += best[1];
    }
    return [{ slug: entry.slug, score, position }];
  });
  return scored.sort((a, b) => b.score - a.score || a.position - b.position).map((s) => s.slug);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const isEntry = (value: unknown): value is SearchEntry =>
  isRecord(value) && ["slug", "title", "summary", "text"].every((key) => typeof value[key] === "string");

/**
 * The fetched index, checked; undefined when it is not one this code can read. A plain check
 * rather than SearchIndexSchema, to keep zod out of the browser; a test holds the two to agreement.
 */
export function parseSearchIndex(data: unknown): SearchIndex | undefined {
  if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.articles)) return undefined;
  const articles = data.articles.filter(isEntry);
  return articles.length === data.articles.length ? { version: 1, articles } : undefined;
}
