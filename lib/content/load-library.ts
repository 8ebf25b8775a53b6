import { headings, readingMinutes, wordCount } from "../articles/text";
import type { LibraryArticle } from "../articles/types";
import { loadArticles } from "./load-articles";

let cache: { root: string | undefined; articles: LibraryArticle[] } | undefined;

/**
 * Every article with its reading time and headings, newest first. Pages call this many times
 * during a build, so the result is kept for the life of the process.
 */
export function loadLibrary(root?: string): LibraryArticle[] {
  // In development, content edits should show on reload, so only a build keeps the cache.
  if (cache && cache.root === root && process.env.NODE_ENV === "production") return cache.articles;
  const articles = loadArticles(root).map((a) => ({
    ...a,
    minutes: readingMinutes(a.body),
    words: wordCount(a.body),
    headings: headings(a.body),
  }));
  cache = { root, articles };
  return articles;
}
