import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../content/load-library";
import { parseSearchIndex, searchArticles, words } from "./search";
import { buildSearchIndex } from "./search-index";
import { SearchIndexSchema } from "./search-schema";

const article = (slug: string, title: string, summary: string, body: string) => ({
  slug,
  body,
  frontmatter: { title, summary },
});

// Newest first, as the library orders them.
const index = buildSearchIndex([
  article(
    "nps",
    "What to do with your NPS",
    "The score matters less than the follow-up.",
    "## Why\nCall back **detractors** within a week.",
  ),
  article(
    "price",
    "Compete on value, not price",
    "Discounts train customers to wait.",
    "Delight beats a discount. Ask what customers value.",
  ),
  article(
    "stages",
    "The six stages",
    "From silos to segment managers.",
    "Graham Hill's model, as Patty Seybold's blog discussed it. Détente.",
  ),
]);

describe("words", () => {
  it("lower-cases, drops accents, apostrophes, punctuation and common words", () => {
    expect(words("The Détente of Graham Hill's model, e.g. NPS!")).toEqual([
      "detente",
      "graham",
      "hills",
      "model",
      "e",
      "g",
      "nps",
    ]);
  });
});

describe("buildSearchIndex", () => {
  it("keeps each body word once, leaves out words already in the title or summary, and strips Markdown", () => {
    const entry = index.articles[0];
    expect(entry).toEqual({
      slug: "nps",
      title: "do nps",
      summary: "score matters less than follow up",
      text: "why call back detractors within week",
    });
  });

  it("produces an index the browser-side parser accepts", () => {
    expect(parseSearchIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
  });
});

describe("searchArticles", () => {
  it.each<[string, string[] | null, string]>([
    // [query, expected slugs, why]
    ["nps", ["nps"], "title match"],
    ["detractors", ["nps"], "body match, Markdown bold stripped"],
    ["deli", ["price"], "a half-typed word matches by prefix"],
    ["DISCOUNT", ["price"], "case does not matter; summary (2) and body both hold it"],
    ["detente", ["stages"], "accents in the text do not matter"],
    ["hill's model", ["stages"], "apostrophes are dropped on both sides"],
    ["value customers", ["price"], "every word must match: title 3 + summary 2 = 5"],
    ["value nps", [], "no article holds both words"],
    ["the", null, "common words alone are nothing to search for"],
    ["   ", null, "neither is a blank query; the page shows the full list"],
  ])("%s → %j (%s)", (query, expected) => {
    expect(searchArticles(index, query)).toEqual(expected);
  });

  it("ranks a title match above a body match, then keeps newest first", () => {
    const ranked = buildSearchIndex([
      article("newest", "Other", "Other.", "It mentions stages once."),
      article("middle", "Stages explained", "Other.", "Nothing."),
      article("oldest", "Other again", "Other.", "Stages here too."),
    ]);
    // "stages": middle scores 3 (title); newest and oldest 1 each (body), newest first.
    expect(searchArticles(ranked, "stages")).toEqual(["middle", "newest", "oldest"]);
  });
});

describe("parseSearchIndex", () => {
  it.each([null, {}, { version: 2, articles: [] }, { version: 1, articles: [{ slug: "x" }] }])("rejects %j", (data) => {
    expect(parseSearchIndex(data)).toBeUndefined();
  });

  it("accepts exactly what SearchIndexSchema accepts", () => {
    // Near-misses as well as valid indexes: wrong versions, missing or non-string fields.
    const field = fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined });
    const entry = fc.record({ slug: field, title: field, summary: field, text: field }, { requiredKeys: [] });
    const index = fc.record(
      { version: fc.constantFrom(1, 2, "1"), articles: fc.oneof(fc.array(entry, { maxLength: 3 }), fc.constant(null)) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(index, fc.anything()), (data) => {
        expect(parseSearchIndex(data) !== undefined).toBe(SearchIndexSchema.safeParse(data).success);
      }),
    );
  });
});

describe("the real library", () => {
  it("finds every article by its own title", () => {
    const library = loadLibrary();
    const real = buildSearchIndex(library);
    for (const a of library) expect(searchArticles(real, a.frontmatter.title), a.slug).toContain(a.slug);
  });
});
