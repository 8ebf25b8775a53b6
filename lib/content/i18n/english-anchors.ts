import { headings } from "../../articles/text";

/**
 * A translated body's section ids, mapped to the English's: each heading's id made from its own
 * words ("ihren-bericht-lesen") → the id of the English heading in the same place
 * ("read-your-report"). The translation keeps the English's headings in order (mdx-parity.ts
 * fails the build otherwise), so every section has the English id in every language, and a link
 * such as localePath("de", "/guide/#for-leaders") lands on its section.
 */
export function englishAnchors(english: string, translated: string): Record<string, string> {
  const ids = headings(english).map((h) => h.id);
  return Object.fromEntries(headings(translated).map((h, i) => [h.id, ids[i] ?? h.id]));
}
