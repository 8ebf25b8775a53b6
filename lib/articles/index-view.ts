// What the article list shows for a search and a tag: pure, so the page's script and the unit
// tests share it. Ships to the browser with the list's script; keep it free of zod.

import { fill, pluralIn, type Plural } from "../i18n/format";
import { isLocale, type Locale } from "../i18n/locales";
import type { ArticlesMessages } from "../i18n/messages/en/articles";
import { parseJsonObject } from "../shared/json";
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

export type ListStatus = "idle" | "loading" | "failed" | "ready";

/** The words the status line is made of, in the page's language: the page writes them beside the list. */
export type ListWords = Pick<ArticlesMessages, "count" | "tagged" | "status">;

/**
 * The sentence the live region announces: how many articles are shown and why. `inTag` is the
 * number with the chosen tag, `total` the whole library.
 */
export function describeList(
  p: {
    status: ListStatus;
    query: string;
    tagName?: string;
    shown: number;
    inTag: number;
    total: number;
  },
  w: ListWords,
  locale: Locale,
): string {
  // A query without a word in it is no search: the list is the whole list, matching nothing.
  const query = searchQuery(p.query);
  const articles = (n: number) => fill(pluralIn(locale, n, w.count), { n });
  const scope = p.tagName ? fill(w.tagged, { articles: articles(p.inTag), tag: p.tagName }) : articles(p.total);
  if (query && p.status === "failed") return fill(w.status.failed, { scope });
  if (query && p.status === "loading") return w.status.loading;
  if (!query || p.status !== "ready") return scope;
  if (p.shown === 0)
    return p.tagName ? fill(w.status.noMatchTagged, { tag: p.tagName, query }) : fill(w.status.noMatch, { query });
  return fill(w.status.matches, { shown: p.shown, scope, query });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isPlural = (value: unknown): value is Plural =>
  isRecord(value) && typeof value.other === "string" && Object.values(value).every((f) => typeof f === "string");
const STATUS_KEYS = ["loading", "failed", "matches", "noMatch", "noMatchTagged"] as const;
const isStatus = (value: unknown): value is ListWords["status"] =>
  isRecord(value) && STATUS_KEYS.every((key) => typeof value[key] === "string");

/**
 * The status line's words and language as the page wrote them on the status element
 * (`data-words`, `data-locale`), or null when they are missing or not words: then the script
 * leaves the list as the server wrote it rather than say something wrong.
 */
export function readListWords(
  text: string | undefined,
  locale: string | undefined,
): { words: ListWords; locale: Locale } | null {
  const read = parseJsonObject(text);
  if (!read || !isLocale(locale) || !isPlural(read.count) || typeof read.tagged !== "string" || !isStatus(read.status))
    return null;
  return { locale, words: { count: read.count, tagged: read.tagged, status: read.status } };
}
