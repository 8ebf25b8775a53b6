import { headings, readingMinutes, wordCount } from "../../articles/text";
import type { LibraryArticle } from "../../articles/types";
import { cachedInBuild } from "../build-cache";
import { loadArticles } from "./load-articles";

/** Every article with its reading time and headings, newest first. */
export const loadLibrary = cachedInBuild(function loadLibrary(root?: string): LibraryArticle[] {
  return loadArticles(root).map((a) => ({
    ...a,
    minutes: readingMinutes(a.body),
    words: wordCount(a.body),
    headings: headings(a.body),
  }));
});
