import { plainText } from "./text";
import { words } from "./words";
import type { SearchIndex, Synonyms } from "./search-schema";

type Indexable = { slug: string; body: string; frontmatter: { title: string; summary: string } };

/**
 * The search index, built once at build time. Title and summary keep their words in order;
 * the body keeps each remaining word once: the browser builds its MiniSearch index from these
 * (a few milliseconds for the library), which ships far fewer bytes than a serialised index.
 */
export function buildSearchIndex(articles: Indexable[], synonyms: Synonyms): SearchIndex {
  return {
    version: 2,
    synonyms: Object.fromEntries(synonyms.synonyms.map((s) => [s.word, s.also.map((phrase) => words(phrase))])),
    articles: articles.map((a) => {
      const title = words(a.frontmatter.title);
      const summary = words(a.frontmatter.summary);
      const seen = new Set([...title, ...summary]);
      return {
        slug: a.slug,
        title: title.join(" "),
        summary: summary.join(" "),
        text: [...new Set(words(plainText(a.body)))].filter((w) => !seen.has(w)).join(" "),
      };
    }),
  };
}
