/** What a generated article may be tagged with: the site's own vocabulary, never made up. */
export type Vocabulary = {
  /** Tag ids: journey dimensions, blunders and topics. */
  tags: readonly string[];
  /** Assessment areas, like "journey:leadership". */
  areas: readonly string[];
  /** Ids in content/sources.yaml: a generated article cites real sources, as every article must. */
  sources: readonly string[];
};

function pick<T>(items: readonly T[], index: number, count: number): T[] {
  const chosen = new Set<T>();
  for (let k = 0; chosen.size < Math.min(count, items.length); k += 1) {
    const item = items[(index * 7 + k * 3) % items.length];
    if (item !== undefined) chosen.add(item);
  }
  return [...chosen];
}

/** A day in 2020–2025, spread so that sorting by date has real work to do. */
function publishedOn(index: number): string {
  const day = new Date(Date.UTC(2020, 0, 1) + ((index * 37) % 2190) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * Article number `index` for the build-scaling bench: valid frontmatter, tags, areas and
 * sources from the vocabulary, and a real article's body so each page costs what a real one costs.
 */
export function generatedArticle(index: number, vocabulary: Vocabulary, body: string): { slug: string; text: string } {
  const n = String(index + 1).padStart(4, "0");
  const tags = pick(vocabulary.tags, index, 2 + (index % 3));
  const areas = pick(vocabulary.areas, index, 1 + (index % 2));
  const sources = pick(vocabulary.sources, index, 1 + (index % 2));
  const frontmatter = [
    "---",
    `title: "Generated article ${n}"`,
    `summary: "A generated article about ${tags.join(", ")}, used only to measure how the build scales."`,
    `published: "${publishedOn(index)}"`,
    `tags: [${tags.join(", ")}]`,
    `sources: [${sources.join(", ")}]`,
    `areas: [${areas.map((a) => `"${a}"`).join(", ")}]`,
    "---",
  ];
  return { slug: `generated-article-${n}`, text: `${frontmatter.join("\n")}\n\n${body}` };
}
