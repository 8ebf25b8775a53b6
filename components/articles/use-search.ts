import { useCallback, useRef, useState } from "react";
import { withBasePath } from "@/components/shared/base-path";

type Search = (query: string) => string[] | null;
export type SearchState = { status: "idle" | "loading" | "failed" } | { status: "ready"; search: Search };

const INDEX_URL = withBasePath("/articles/search.json");

async function loadSearch(): Promise<Search> {
  // Neither the search code nor the index is part of the page: both arrive on first use.
  const [{ parseSearchIndex, searchArticles }, response] = await Promise.all([
    import("@/lib/articles/search"),
    fetch(INDEX_URL),
  ]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const index = parseSearchIndex(await response.json());
  if (!index) throw new Error("search index: unreadable");
  return (query) => searchArticles(index, query);
}

/** The search, loaded once when `prepare` is first called (on focus or typing). */
export function useSearch(): [SearchState, () => void] {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const started = useRef(false);
  const prepare = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState({ status: "loading" });
    loadSearch().then(
      (search) => setState({ status: "ready", search }),
      () => setState({ status: "failed" }),
    );
  }, []);
  return [state, prepare];
}
