import { plainText } from "./text";
import { words } from "./search";
import type { SearchIndex } from "./search-schema";

type Indexable = { slug: string; body: string; frontmatter: { title: string; summary: string } };

/**
 * The search index, built once at build time. Title and summary keep their words in order;
 * the body keeps each remaining word once, since the search only asks whether a word occurs.
 */
export function buildSearchIndex(articles: Indexable[]): SearchIndex {
  return {
    version: 1,
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
