import MiniSearch, { type Query, type SearchOptions } from "minisearch";
import type { SearchEntry, SearchIndex } from "./search-schema";
import { searchQuery } from "./index-view";
import { words } from "./words";

// This module ships to the browser, loaded only when someone searches. It imports the schema's
// types but not zod itself: zod would add some 20 KB gzipped to that first search.

/** A title match says most, then the summary, then the body. */
const BOOST = { title: 3, summary: 2 };

/**
 * How a query word matches: by prefix, so results appear while a word is half-typed, and with
 * one typo forgiven in words of five letters or more ("loyality" finds "loyalty"); two in words
 * of ten or more. Shorter words must be exact, or "nps" would match every "ops".
 */
const OPTIONS: SearchOptions = {
  boost: BOOST,
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: "AND",
};

/**
 * The longest word matched, with a typo forgiven: longer than any word the articles use, and
 * short enough that forgiving a fifth of its letters stays quick.
 */
const MAX_TERM_LENGTH = 30;

/** Returns the slugs matching a query, best first; null when the query has no word to search for. */
export type Search = (query: string) => string[] | null;

/**
 * The search over an index the build wrote. Every word of the query must match (in title,
 * summary or body, by prefix or with a typo), or one of the phrases the synonym list gives for
 * it: "churn" finds the articles on retention and loyalty. Ties keep the index order, newest
 * first. A query in a script no article uses finds nothing, and says so: it never lists all.
 */
export function createSearch(index: SearchIndex): Search {
  const engine = new MiniSearch<SearchEntry>({
    idField: "slug",
    fields: ["title", "summary", "text"],
    // The index already holds normalised words: split on spaces, nothing more.
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
    searchOptions: OPTIONS,
  });
  engine.addAll(index.articles);
  const position = new Map(index.articles.map((a, i) => [a.slug, i]));
  // A map, not the plain object: "constructor" or "__proto__" typed in the box is a word, not
  // something every object holds.
  const synonyms = new Map(Object.entries(index.synonyms));
  return (query) => {
    const terms = words(searchQuery(query)).map((term) => term.slice(0, MAX_TERM_LENGTH));
    if (terms.length === 0) return null;
    const tree: Query = {
      combineWith: "AND",
      queries: terms.map((term) => ({
        combineWith: "OR",
        // A synonym is a word the articles use as written: matched exactly or by prefix, no typos.
        queries: [term, ...(synonyms.get(term) ?? []).map((phrase) => ({ ...OPTIONS, fuzzy: false, queries: phrase }))],
      })),
    };
    return engine
      .search(tree, OPTIONS)
      .sort((a, b) => b.score - a.score || (position.get(String(a.id)) ?? 0) - (position.get(String(b.id)) ?? 0))
      .map((r) => String(r.id));
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const isEntry = (value: unknown): value is SearchEntry =>
  isRecord(value) && ["slug", "title", "summary", "text"].every((key) => typeof value[key] === "string");

const isPhrases = (value: unknown): value is string[][] =>
  Array.isArray(value) && value.every((p) => Array.isArray(p) && p.every((w) => typeof w === "string"));

/**
 * The fetched index, checked; undefined when it is not one this code can read. A plain check
 * rather than SearchIndexSchema, to keep zod out of the browser; a test holds the two to agreement.
 */
export function parseSearchIndex(data: unknown): SearchIndex | undefined {
  if (!isRecord(data) || data.version !== 2 || !Array.isArray(data.articles) || !isRecord(data.synonyms))
    return undefined;
  const articles = data.articles.filter(isEntry);
  const entries = Object.entries(data.synonyms);
  if (articles.length !== data.articles.length || !entries.every(([, v]) => isPhrases(v))) return undefined;
  // Built as own properties, so a word such as "__proto__" is a word, never the object's prototype.
  const synonyms: Record<string, string[][]> = Object.fromEntries(
    entries.flatMap(([word, phrases]) => (isPhrases(phrases) ? [[word, phrases]] : [])),
  );
  return { version: 2, synonyms, articles };
}
