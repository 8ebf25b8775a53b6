import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed, urnUuid, type FeedArticle } from "./feed";
import { readSiteAddress } from "./site-url";

// A real parser, not string matching: a feed reader rejects a feed that is not well-formed.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["entry", "category", "link"].includes(name),
});

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

const address = readSiteAddress({ SITE_URL: "https://example.org", BASE_PATH: "/assessment" });
const tagNames = new Map([
  ["nps", "Net Promoter Score"],
  ["price", "Competing on price"],
]);
const options = {
  address,
  siteName: "Outside-In",
  title: "Outside-In articles",
  subtitle: "Ideas & sources",
  tagNames,
};

const article = (slug: string, title: string, dates: { published: string; updated?: string }): FeedArticle => ({
  slug,
  frontmatter: { title, summary: `About ${title}`, tags: ["nps", "price"], ...dates },
});

const articles = [
  article("newer", 'Fish & chips <b>"quoted"</b>', { published: "2026-10-14" }),
  article("older", "Plain", { published: "2026-01-02", updated: "2026-11-30" }),
];

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

describe("atomFeed", () => {
  it("lists every article with absolute links, in the order given", () => {
    const feed = parse(atomFeed(articles, options));
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      "https://example.org/assessment/articles/newer/",
      "https://example.org/assessment/articles/older/",
    ]);
    expect(feed.entry[0].link[0].href).toBe("https://example.org/assessment/articles/newer/");
    expect(feed.link.find((l: { rel: string }) => l.rel === "self").href).toBe(
      "https://example.org/assessment/feed.xml",
    );
  });

  it("links relatively and names entries by urn:uuid ids when the build has no SITE_URL", () => {
    const local = { ...options, address: readSiteAddress({ BASE_PATH: "/assessment" }) };
    const feed = parse(atomFeed(articles, local));
    expect(feed.entry[0].link[0].href).toBe("/assessment/articles/newer/");
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ids = feed.entry.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(2);
    // The same article keeps the same id on every build.
    expect(parse(atomFeed(articles, local)).entry.map((e: { id: string }) => e.id)).toEqual(ids);
  });

  it("makes the version 5 UUID any implementation makes for a name in the URL namespace", () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.example.com/'))"
    expect(urnUuid("http://www.example.com/")).toBe("urn:uuid:fcde3c85-2270-590f-9e7c-ee003d65e0e2");
  });

  it("keeps markup in titles as text", () => {
    const feed = parse(atomFeed(articles, options));
    expect(feed.entry[0].title).toBe('Fish & chips <b>"quoted"</b>');
    expect(feed.subtitle).toBe("Ideas & sources");
  });

  it("dates the feed by its latest change: the older article's update on 30 November", () => {
    const feed = parse(atomFeed(articles, options));
    expect(feed.updated).toBe("2026-11-30T00:00:00Z");
    expect(feed.entry[1].published).toBe("2026-01-02T00:00:00Z");
    expect(feed.entry[1].updated).toBe("2026-11-30T00:00:00Z");
  });

  it("names tags by their label and keeps the id as the term", () => {
    const feed = parse(atomFeed(articles, options));
    expect(feed.entry[0].category).toEqual([
      { term: "nps", label: "Net Promoter Score" },
      { term: "price", label: "Competing on price" },
    ]);
  });

  it("is well-formed whatever the title, and keeps printable text exactly", () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const feed = parse(atomFeed([article("any", title, { published: "2026-01-01" })], options));
        expect(String(feed.entry[0].title)).toBe(title);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (title) => {
        const xml = atomFeed([article("any", title, { published: "2026-01-01" })], options);
        expect(XMLValidator.validate(xml)).toBe(true);
        // The parser tolerates these, but XML 1.0 forbids them and strict feed readers do not.
        expect(xml).not.toMatch(FORBIDDEN);
      }),
    );
  });
});
