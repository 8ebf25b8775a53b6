import { words } from "../../lib/articles/search";
import { plainText } from "../../lib/articles/text";
import type { LibraryArticle } from "../../lib/articles/types";
import { loadLibrary } from "../../lib/content/load-library";

/** Every article as the site builds it, so specs loop over content instead of naming pages. */
export const articles = () => loadLibrary();

const wordsOf = (a: LibraryArticle) =>
  new Set(words(`${a.frontmatter.title} ${a.frontmatter.summary} ${plainText(a.body)}`));

/**
 * A long word from the article's body that starts no word of any other article, so searching for it
 * must find this article alone. Taken from the content, so the test survives edits.
 */
export function distinctiveWord(article: LibraryArticle, all: LibraryArticle[]): string {
  const elsewhere = all.filter((a) => a.slug !== article.slug).flatMap((a) => [...wordsOf(a)]);
  // The search matches by prefix, so no other article may have a word that starts with it.
  const word = words(plainText(article.body)).find(
    (w) => w.length >= 8 && !/\d/.test(w) && !elsewhere.some((e) => e.startsWith(w)),
  );
  if (!word) throw new Error(`${article.slug} has no word of its own to search for`);
  return word;
}
