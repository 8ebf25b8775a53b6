import {
  describeList,
  readIndexState,
  readListWords,
  visibleSlugs,
  writeIndexState,
  type IndexState,
  type ListStatus,
} from "@/lib/articles/index-view";
import type { Search } from "@/lib/articles/search";

async function loadSearch(indexUrl: string): Promise<Search> {
  // Neither the search code (MiniSearch) nor the index is part of the page: both arrive on first use.
  const [{ createSearch, parseSearchIndex }, response] = await Promise.all([
    import("@/lib/articles/search"),
    fetch(indexUrl),
  ]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const index = parseSearchIndex(await response.json());
  if (!index) throw new Error("search index: unreadable");
  return createSearch(index);
}

/** A click that asks for a new tab or window is the browser's, not ours. */
const opensElsewhere = (e: MouseEvent) => e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/**
 * Brings the server-rendered article list to life without React: the search box searches, the
 * tag links filter in place (the address keeps `?q=` and `?tag=`, so back and forward work and
 * a filtered list can be linked), and the live count says what is shown. The page carries no
 * framework for this, so the search library and its index fit the page's old budget.
 */
export function startArticleIndex(root: HTMLElement): void {
  const box = root.querySelector<HTMLInputElement>("#article-search-box");
  // The index of the page's own language: the form names it (/articles/search.json, /de/articles/search.json).
  const indexUrl = box?.form?.dataset.index;
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLOListElement>("ol.article-list");
  // The status line's words, in the page's language, as the page wrote them (ArticleIndex).
  const said = readListWords(status?.dataset.words, status?.dataset.locale);
  if (!box || !status || !list || !indexUrl || !said) return;
  const cards = [...list.querySelectorAll<HTMLLIElement>(":scope > li[data-slug]")];
  const data = cards.map((li) => ({ slug: li.dataset.slug ?? "", tags: (li.dataset.tags ?? "").split(" ") }));
  const links = [...root.querySelectorAll<HTMLAnchorElement>("a[data-tag]")];
  const names = new Map(links.map((a) => [a.dataset.tag ?? "", a.dataset.tagName ?? ""]));
  let state: IndexState = readIndexState(window.location.search, [...names.keys()].filter(Boolean));
  let search: Search | undefined;
  let loading: ListStatus = "idle";

  const render = () => {
    const found = search && state.query ? search(state.query) : null;
    const shown = visibleSlugs(data, state.tag, found);
    const order = new Map(shown.map((slug, i) => [slug, i]));
    cards.forEach((card, i) => (card.hidden = !order.has(data[i]!.slug)));
    for (const slug of shown) list.append(cards[data.findIndex((d) => d.slug === slug)]!);
    for (const a of links) {
      if ((a.dataset.tag || undefined) === state.tag) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
    const tagName = state.tag ? names.get(state.tag) : undefined;
    const inTag = visibleSlugs(data, state.tag, null).length;
    status.textContent = describeList(
      { status: loading, query: state.query, tagName, shown: shown.length, inTag, total: data.length },
      said.words,
      said.locale,
    );
  };

  const prepare = () => {
    if (loading !== "idle") return;
    loading = "loading";
    loadSearch(indexUrl).then(
      (ready) => {
        search = ready;
        loading = "ready";
        render();
      },
      () => {
        loading = "failed";
        render();
      },
    );
  };

  box.form?.addEventListener("submit", (e) => e.preventDefault());
  box.addEventListener("focus", prepare);
  box.addEventListener("input", () => {
    state = { ...state, query: box.value };
    prepare();
    window.history.replaceState(window.history.state, "", writeIndexState(window.location.href, state));
    render();
  });
  for (const link of links)
    link.addEventListener("click", (e) => {
      if (opensElsewhere(e)) return;
      e.preventDefault();
      state = { ...state, tag: link.dataset.tag || undefined };
      window.history.pushState(null, "", writeIndexState(window.location.href, state));
      render();
      // Stay at the list: if the count has scrolled out of view above, bring it back, no further.
      if (status.getBoundingClientRect().top < 0) status.scrollIntoView({ block: "start" });
    });
  window.addEventListener("popstate", () => {
    state = readIndexState(window.location.search, [...names.keys()].filter(Boolean));
    box.value = state.query;
    render();
  });

  box.value = state.query;
  if (state.query) prepare();
  render();
}
