import * as z from "zod/mini";

// zod/mini rather than zod: this module ships to the browser (loaded only when someone
// searches), and the mini build keeps that chunk a few kilobytes.

/** One article as the search sees it. Text fields hold normalised words, space-separated. */
export const SearchEntrySchema = z.object({
  slug: z.string(),
  /** Words of the title. */
  title: z.string(),
  /** Words of the summary. */
  summary: z.string(),
  /** Each distinct word of the body once, minus common words: enough to match, far smaller than the text. */
  text: z.string(),
});

/** The index the build writes to /articles/search.json, articles newest first. */
export const SearchIndexSchema = z.object({
  /** Raised when the shape changes, so a page never reads an index it does not understand. */
  version: z.literal(1),
  articles: z.array(SearchEntrySchema),
});

export type SearchEntry = z.infer<typeof SearchEntrySchema>;
export type SearchIndex = z.infer<typeof SearchIndexSchema>;

/** Words too common to tell articles apart; dropped from the index and from queries alike. */
const COMMON = new Set(
  "a an and are as at be but by for from has have how in is it its not of on or so that the their they this to was what when which who will with you your".split(" "),
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

/** The fetched index, checked; undefined when it is not one this code can read. */
export function parseSearchIndex(data: unknown): SearchIndex | undefined {
  const parsed = SearchIndexSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
