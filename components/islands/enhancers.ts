/**
 * Islands without React: scripts that bring server-rendered HTML to life. An export's name is
 * the island's name, as in registry.ts; its value takes the island's element. The page writes
 * `<Island name="search">…the HTML…</Island>`, and the build bundles an entry that calls the
 * function on every instance. For a page whose interactive part is small enough that React (about
 * 65 KB) would be most of its weight: the article list's search and tag filter.
 */
export { startArticleIndex as search } from "@/components/articles/article-index-script";
export { startLanguageSwitch as language } from "@/components/layout/language-switch-script";
