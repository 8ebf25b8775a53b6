import { createSearch } from "../../lib/articles/search";
import { buildSearchIndex } from "../../lib/articles/search-index";
import { plainText } from "../../lib/articles/text";
import type { LibraryArticle } from "../../lib/articles/types";
import { words } from "../../lib/articles/words";
import { loadLibrary } from "../../lib/content/library/load-library";
import { loadSynonyms } from "../../lib/content/library/load-synonyms";

/** Every article as the site builds it, so specs loop over content instead of naming pages. */
export const articles = () => loadLibrary();

/**
 * A long word from the article's body that the site's own search finds in this article alone
 * (prefixes, typos and synonyms included). Taken from the content, so the test survives edits.
 */
export function distinctiveWord(article: LibraryArticle, all: LibraryArticle[]): string {
  const search = createSearch(buildSearchIndex(all, loadSynonyms()));
  const word = words(plainText(article.body)).find(
    (w) => w.length >= 8 && !/\d/.test(w) && search(w)?.join() === article.slug,
  );
  if (!word) throw new Error(`${article.slug} has no word of its own to search for`);
  return word;
}
