import { describe, expect, it } from "vitest";
import { articleJsonLd } from "./json-ld";
import { readSiteAddress } from "./site-url";

const deployed = readSiteAddress({ SITE_URL: "https://example.org", BASE_PATH: "" });
const site = { name: "Outside-In", editors: "The Outside-In editors" };
const article = {
  slug: "six-stages",
  words: 950,
  frontmatter: {
    title: "The six stages",
    summary: "From product-centric to customer-centric.",
    published: "2026-10-14",
  },
};

const sources = [
  {
    id: "seybold",
    author: "Patty Seybold",
    title: "Six stages",
    kind: "blog-post" as const,
    publication: "Patty Seybold's blog",
    year: 2008,
    url: "https://example.com/six",
  },
  {
    id: "trends",
    organisation: "A chapter",
    title: "A trend report",
    kind: "newsletter" as const,
    publication: "A newsletter",
    year: "n.d." as const,
  },
  {
    id: "dh",
    author: "Tony Hsieh",
    title: "Delivering Happiness",
    kind: "book" as const,
    year: 2010,
    isbn: "978-0-306-40615-7",
  },
];

describe("articleJsonLd", () => {
  const data = articleJsonLd(deployed, site, article, sources, ["The six stages"]);

  it("describes the article with the editors as author and the site as publisher", () => {
    expect(data).toMatchObject({
      "@type": "Article",
      headline: "The six stages",
      url: "https://example.org/articles/six-stages/",
      datePublished: "2026-10-14",
      // No update yet, so the last change is the publication.
      dateModified: "2026-10-14",
      author: { "@type": "Organization", name: "The Outside-In editors", url: "https://example.org/about/" },
      publisher: { "@type": "Organization", name: "Outside-In", url: "https://example.org/" },
    });
  });

  it("cites each source by author or organisation, leaving out a year nobody states, and a book by its ISBN", () => {
    expect(data.citation).toEqual([
      {
        "@type": "CreativeWork",
        name: "Six stages",
        author: "Patty Seybold",
        publisher: "Patty Seybold's blog",
        datePublished: "2008",
        url: "https://example.com/six",
      },
      { "@type": "CreativeWork", name: "A trend report", author: "A chapter", publisher: "A newsletter" },
      {
        "@type": "Book",
        name: "Delivering Happiness",
        author: "Tony Hsieh",
        datePublished: "2010",
        isbn: "9780306406157",
        url: "https://openlibrary.org/isbn/9780306406157",
      },
    ]);
  });

  it("uses addresses relative to the host when the build has no SITE_URL", () => {
    const local = articleJsonLd(readSiteAddress({ BASE_PATH: "/assessment" }), site, article, sources, []);
    expect(local.url).toBe("/assessment/articles/six-stages/");
    expect(local.publisher.url).toBe("/assessment/");
  });
});
