import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../content/library/load-library";
import { loadSynonyms } from "../content/library/load-synonyms";
import { filled, growth, LINEAR_BUDGET } from "../../test/linear";
import { MAX_QUERY_LENGTH, searchQuery } from "./index-view";
import { createSearch, parseSearchIndex } from "./search";
import { buildSearchIndex } from "./search-index";
import { SearchIndexSchema } from "./search-schema";
import { words } from "./words";

const article = (slug: string, title: string, summary: string, body: string) => ({
  slug,
  body,
  frontmatter: { title, summary },
});

const synonyms = {
  synonyms: [
    { word: "churn", also: ["retention", "loyalty"] },
    { word: "nps", also: ["net promoter"] },
  ],
};

// Newest first, as the library orders them.
const index = buildSearchIndex(
  [
    article(
      "nps",
      "What to do with your Net Promoter Score",
      "The score matters less than the follow-up.",
      "## Why\nCall back **detractors** within a week.",
    ),
    article("price", "Compete on value, not price", "Discounts train customers to wait.", "Delight beats a discount."),
    article("stages", "The six stages", "From silos to segment managers.", "Graham Hill's model. Détente."),
    article("loyal", "Small gestures", "Thank customers.", "Loyalty grows from recognition, and retention follows."),
  ],
  synonyms,
);
const search = createSearch(index);

describe("words", () => {
  it("lower-cases, drops accents, apostrophes, punctuation and common words, in any script", () => {
    expect(words("The Détente of Graham Hill's model, e.g. NPS!")).toEqual([
      "detente",
      "graham",
      "hills",
      "model",
      "e",
      "g",
      "nps",
    ]);
    expect(words("Лояльность клиентов")).toEqual(["лояльность", "клиентов"]);
    expect(words("客户 忠诚")).toEqual(["客户", "忠诚"]);
  });
});

describe("buildSearchIndex", () => {
  it("keeps each body word once, leaves out words already in the title or summary, and strips Markdown", () => {
    expect(index.articles[0]).toEqual({
      slug: "nps",
      title: "do net promoter score",
      summary: "score matters less than follow up",
      text: "why call back detractors within week",
    });
  });

  it("carries the synonyms split into words", () => {
    expect(index.synonyms).toEqual({ churn: [["retention"], ["loyalty"]], nps: [["net", "promoter"]] });
  });

  it("produces an index the browser-side parser accepts", () => {
    expect(parseSearchIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
  });
});

describe("search", () => {
  it.each<[string, string[] | null, string]>([
    // [query, expected slugs, why]
    ["promoter", ["nps"], "title match"],
    ["detractors", ["nps"], "body match, Markdown bold stripped"],
    ["deli", ["price"], "a half-typed word matches by prefix"],
    ["DISCOUNT", ["price"], "case does not matter"],
    ["detente", ["stages"], "accents in the text do not matter"],
    ["hill's model", ["stages"], "apostrophes are dropped on both sides"],
    ["churn", ["loyal"], "a synonym finds what the article calls retention or loyalty"],
    ["nps", ["nps"], "a synonym that is a phrase: net promoter"],
    ["loyality", ["loyal"], "one typo is forgiven in a longer word"],
    ["recogniton", ["loyal"], "a letter left out"],
    ["value nps", [], "every word must match, and no article holds both"],
    ["лояльность", [], "a Cyrillic query finds nothing and says so, instead of listing all"],
    ["客户", [], "so does a Chinese one"],
    ["ولاء", [], "and an Arabic one"],
    ["the", null, "common words alone are nothing to search for"],
    ["   ", null, "neither is a blank query; the page shows the full list"],
  ])("%s → %j (%s)", (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it("ranks a title match above a body match", () => {
    const ranked = createSearch(
      buildSearchIndex(
        [
          article("newest", "Other", "Other.", "It mentions stages once."),
          article("middle", "Stages explained", "Other.", "Nothing."),
        ],
        synonyms,
      ),
    );
    expect(ranked("stages")).toEqual(["middle", "newest"]);
  });
});

describe("parseSearchIndex", () => {
  it.each([null, {}, { version: 1, articles: [] }, { version: 2, synonyms: {}, articles: [{ slug: "x" }] }])(
    "rejects %j",
    (data) => {
      expect(parseSearchIndex(data)).toBeUndefined();
    },
  );

  it("accepts exactly what SearchIndexSchema accepts", () => {
    // Near-misses as well as valid indexes: wrong versions, missing or non-string fields.
    const field = fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined });
    const entry = fc.record({ slug: field, title: field, summary: field, text: field }, { requiredKeys: [] });
    const phrases = fc.oneof(fc.array(fc.array(fc.string(), { maxLength: 2 }), { maxLength: 2 }), fc.string());
    const index = fc.record(
      {
        version: fc.constantFrom(1, 2, "2"),
        synonyms: fc.oneof(fc.dictionary(fc.string(), phrases, { maxKeys: 2 }), fc.constant(null)),
        articles: fc.oneof(fc.array(entry, { maxLength: 3 }), fc.constant(null)),
      },
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
  const library = loadLibrary();
  const real = createSearch(buildSearchIndex(library, loadSynonyms()));
  const slugsWith = (pattern: RegExp) =>
    library.filter((a) => pattern.test(`${a.frontmatter.title} ${a.frontmatter.summary} ${a.body}`)).map((a) => a.slug);

  it("finds every article by its own title", () => {
    for (const a of library) expect(real(a.frontmatter.title), a.slug).toContain(a.slug);
  });

  it('finds the articles on retention and loyalty for "churn", a word none of them uses', () => {
    expect(slugsWith(/\bchurn\b/i)).toEqual([]);
    expect(real("churn")).toEqual(expect.arrayContaining(slugsWith(/\b(retention|loyalty)\b/i)));
    expect(real("churn")).toContain("small-gestures-of-loyalty");
  });

  it('finds the NPS article first for "promoter", and for a misspelt "promotor"', () => {
    expect(real("promoter")?.[0]).toBe("what-to-do-with-your-nps");
    expect(real("promotor")?.[0]).toBe("what-to-do-with-your-nps");
  });

  it("says nothing matches a Cyrillic query, rather than listing every article", () => {
    expect(real("лояльность клиентов")).toEqual([]);
  });

  it("has synonyms whose every phrase occurs in some article", () => {
    for (const s of loadSynonyms().synonyms)
      for (const phrase of s.also) expect(real(phrase)?.length, `${s.word} → ${phrase}`).toBeGreaterThan(0);
  });
});

describe("a hostile query", () => {
  const library = loadLibrary();
  const real = createSearch(buildSearchIndex(library, loadSynonyms()));

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf constructor"])(
    "%j is a word like any other, never a crash",
    (query) => {
      expect(() => real(query)).not.toThrow();
      expect(Array.isArray(real(query))).toBe(true);
    },
  );

  it("is read up to its first MAX_QUERY_LENGTH characters, so a 100,000-letter word is answered", () => {
    expect(() => real("a".repeat(100_000))).not.toThrow();
    expect(searchQuery(`customer ${"x".repeat(MAX_QUERY_LENGTH)}`).length).toBe(MAX_QUERY_LENGTH);
  });

  it("takes no longer for a word eight times as long (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom("a", "customer", "é", "loyalty promoter "), (unit) => {
        expect(growth(real, (n) => filled(unit, n), 40_000, 3)).toBeLessThan(LINEAR_BUDGET);
      }),
      { numRuns: import.meta.env.MODE === "fuzz" ? 12 : 4 },
    );
  }, 60_000);
});
