import { headings, readingMinutes, wordCount } from "../../articles/text";
import type { ArticleSource, LibraryArticle } from "../../articles/types";
import type { Locale } from "../../i18n/locales";
import { cachedInBuild } from "../build-cache";
import { loadArticles, loadArticlesIn, type ArticleIn } from "./load-articles";

/** What lists and pages derive from an article's text, in whichever language it is written. */
const withReading = <A extends ArticleSource>(a: A): A & LibraryArticle => ({
  ...a,
  minutes: readingMinutes(a.body),
  words: wordCount(a.body),
  headings: headings(a.body),
});

/** Every article with its reading time and headings, newest first. */
export const loadLibrary = cachedInBuild(function loadLibrary(root?: string): LibraryArticle[] {
  return loadArticles(root).map(withReading);
});

/** Every article in a language, translated or marked as English, with its reading time and headings. */
export const loadLibraryIn = cachedInBuild(function loadLibraryIn(
  locale: Locale,
  root?: string,
): (ArticleIn & LibraryArticle)[] {
  return loadArticlesIn(locale, root).map(withReading);
});
