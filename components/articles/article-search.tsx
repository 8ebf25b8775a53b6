"use client";

import { startTransition, useDeferredValue, useEffect, useId, useState, useSyncExternalStore } from "react";
import type { Tag } from "@/lib/articles/taxonomy";
import { ArticleCard, type ArticleListItem } from "./article-card";
import { useSearch, type SearchState } from "./use-search";

type Props = {
  /** Every article's card data, newest first. */
  articles: ArticleListItem[];
  /** The vocabulary, to name each card's tags. */
  tags: Tag[];
};

const noop = () => () => {};
const plural = (n: number) => (n === 1 ? "1 article" : `${n} articles`);

/** Keeps `?q=` in the address in step with the box, so a search can be bookmarked or sent. */
function rememberQuery(query: string) {
  const url = new URL(window.location.href);
  if (query.trim()) url.searchParams.set("q", query.trim());
  else url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", url);
}

function describe(state: SearchState, query: string, found: string[] | null, total: number): string {
  if (query.trim() && state.status === "failed") return `Search could not load, so all ${plural(total)} are listed.`;
  if (query.trim() && state.status === "loading") return "Loading the search…";
  if (found === null) return plural(total);
  if (found.length === 0) return `No article matches “${query.trim()}”. Try fewer or shorter words.`;
  return `${found.length} of ${plural(total)} match “${query.trim()}”`;
}

/**
 * The article list with a search box. The server renders the full list, which is all a reader
 * without JavaScript gets; the box appears once the page runs, and filters the same cards.
 */
export function ArticleSearch({ articles, tags }: Props) {
  // False in the server HTML, true once hydrated: a box that cannot search is not shown.
  const interactive = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const [state, prepare] = useSearch();
  const id = useId();
  // A link to /articles/?q=… opens with that search.
  useEffect(() => {
    const linked = new URLSearchParams(window.location.search).get("q")?.trim();
    if (!linked) return;
    prepare();
    startTransition(() => setQuery(linked));
  }, [prepare]);
  const found = state.status === "ready" ? state.search(deferred) : null;
  const shown = found ? found.flatMap((slug) => articles.filter((a) => a.slug === slug)) : articles;
  return (
    <>
      {/* The slot keeps its height before hydration, so the list does not jump when the box appears. */}
      <div className="article-search">
        {interactive && (
          <form role="search" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor={id}>Search articles</label>
            <input
              id={id}
              type="search"
              value={query}
              onFocus={prepare}
              onChange={(e) => {
                prepare();
                setQuery(e.target.value);
                rememberQuery(e.target.value);
              }}
              autoComplete="off"
            />
          </form>
        )}
      </div>
      <p className="muted" role="status">
        {describe(state, deferred, found, articles.length)}
      </p>
      <ol className="article-list">
        {shown.map((a) => (
          <ArticleCard key={a.slug} article={a} tags={tags} />
        ))}
      </ol>
    </>
  );
}
