import { describe, expect, it } from "vitest";
import { articleJsonLd, serializeJsonLd } from "./json-ld";
import { readSiteUrl } from "./site-url";

const site = readSiteUrl({ SITE_URL: "https://example.org", BASE_PATH: "" });
const article = {
  slug: "six-stages",
  words: 950,
  frontmatter: {
    title: "The six stages",
    summary: "From product-centric to customer-centric.",
    published: "2026-10-14",
    sources: [
      {
        author: "Graham Hill",
        work: "Six stages",
        publication: "Patty Seybold's blog",
        url: "https://example.com/six",
      },
      { author: "Unattributed", work: "A trend report", publication: "A newsletter" },
    ],
  },
};

describe("articleJsonLd", () => {
  const data = articleJsonLd(site, article, ["The six stages"]);

  it("describes the article with the site as author and publisher", () => {
    expect(data).toMatchObject({
      "@type": "Article",
      headline: "The six stages",
      url: "https://example.org/articles/six-stages/",
      datePublished: "2026-10-14",
      // No update yet, so the last change is the publication.
      dateModified: "2026-10-14",
      author: { "@type": "Organization", name: "Outside-In", url: "https://example.org/" },
    });
    expect(data.publisher).toEqual(data.author);
  });

  it("cites each source, leaving out an author nobody knows", () => {
    expect(data.citation).toEqual([
      {
        "@type": "CreativeWork",
        name: "Six stages",
        author: "Graham Hill",
        publisher: "Patty Seybold's blog",
        url: "https://example.com/six",
      },
      { "@type": "CreativeWork", name: "A trend report", publisher: "A newsletter" },
    ]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element, and still parses back to the same data", () => {
    const hostile = { headline: "</script><script>alert(1)</script> & <!-- \u2028" };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
