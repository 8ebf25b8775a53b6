// What the article list shows for a search and a tag: pure, so the page's script and the unit
// tests share it. Ships to the browser with the list's script; keep it free of zod.

import { words } from "./words";

/**
 * The longest query searched: a search box's few words with room to spare. A longer one is
 * read up to here, so a pasted page of text (a 40,000-letter word took seconds to match with a
 * typo forgiven, and 100,000 letters ran out of memory) costs what a short query costs.
 */
export const MAX_QUERY_LENGTH = 100;

/** The query as it is searched: its first MAX_QUERY_LENGTH characters, and "" when it holds no word ("%" or "?!"). */
export function searchQuery(raw: string): string {
  const query = raw.trim().slice(0, MAX_QUERY_LENGTH);
  return words(query).length > 0 ? query : "";
}

/** The list's state as the address keeps it: `?q=` for the search, `?tag=` for the tag. */
export type IndexState = { query: string; tag?: string };

/** Reads the state from an address's search part; a tag not in the list is ignored. */
export function readIndexState(search: string, tags: readonly string[]): IndexState {
  const params = new URLSearchParams(search);
  const tag = params.get("tag") ?? undefined;
  return { query: params.get("q")?.trim() ?? "", tag: tag && tags.includes(tag) ? tag : undefined };
}

/** The address for a state, keeping whatever else it carries (the fragment included). */
export function writeIndexState(href: string, state: IndexState): string {
  const url = new URL(href);
  if (state.query.trim()) url.searchParams.set("q", state.query.trim());
  else url.searchParams.delete("q");
  if (state.tag) url.searchParams.set("tag", state.tag);
  else url.searchParams.delete("tag");
  return url.toString();
}

type Card = { slug: string; tags: readonly string[] };

/**
 * The slugs to show, in order: the search's ranking when there is one (`found`), else the
 * list's own order (newest first), keeping only articles with the tag when one is chosen.
 */
export function visibleSlugs(
  cards: readonly Card[],
  tag: string | undefined,
  found: readonly string[] | null,
): string[] {
  const tagged = new Set(cards.filter((c) => !tag || c.tags.includes(tag)).map((c) => c.slug));
  return (found ?? cards.map((c) => c.slug)).filter((slug) => tagged.has(slug));
}

const articles = (n: number) => (n === 1 ? "1 article" : `${n} articles`);

export type ListStatus = "idle" | "loading" | "failed" | "ready";

/**
 * The sentence the live region announces: how many articles are shown and why. `inTag` is the
 * number with the chosen tag, `total` the whole library.
 */
export function describeList(p: {
  status: ListStatus;
  query: string;
  tagName?: string;
  shown: number;
  inTag: number;
  total: number;
}): string {
  // A query without a word in it is no search: the list is the whole list, matching nothing.
  const query = searchQuery(p.query);
  const scope = p.tagName ? `${articles(p.inTag)} tagged “${p.tagName}”` : articles(p.total);
  if (query && p.status === "failed") return `Search could not load, so all ${scope} are listed.`;
  if (query && p.status === "loading") return "Loading the search…";
  if (!query || p.status !== "ready") return scope;
  if (p.shown === 0)
    return `No article${p.tagName ? ` tagged “${p.tagName}”` : ""} matches “${query}”. Try fewer or shorter words.`;
  return `${p.shown} of ${scope} match “${query}”`;
}
