import { describe, expect, it } from "vitest";
import { sitemapEntries } from "./sitemap";
import { readSiteAddress } from "./site-url";

describe("sitemapEntries", () => {
  const site = readSiteAddress({ SITE_URL: "https://example.org", BASE_PATH: "/assessment" });
  const entries = sitemapEntries(site, {
    articles: [
      { slug: "first", frontmatter: { published: "2026-01-02" } },
      { slug: "second", frontmatter: { published: "2026-01-02", updated: "2026-03-04" } },
    ],
    tagIds: ["nps"],
    assessmentIds: ["journey"],
  });

  it("lists fixed pages, assessments, every article and every tag page, all absolute", () => {
    expect(entries.map((e) => e.url)).toEqual([
      "https://example.org/assessment/",
      "https://example.org/assessment/journey/",
      "https://example.org/assessment/blunders/",
      "https://example.org/assessment/articles/",
      "https://example.org/assessment/how-scoring-works/",
      "https://example.org/assessment/about/",
      "https://example.org/assessment/guide/",
      "https://example.org/assessment/translations/",
      "https://example.org/assessment/sources/",
      "https://example.org/assessment/compare/",
      "https://example.org/assessment/team/",
      "https://example.org/assessment/assess/journey/",
      "https://example.org/assessment/articles/first/",
      "https://example.org/assessment/articles/second/",
      "https://example.org/assessment/articles/tag/nps/",
    ]);
  });

  it("dates an article by its update, else its publication, and dates nothing else", () => {
    const dated = entries.filter((e) => e.lastModified !== undefined);
    expect(dated).toEqual([
      { url: "https://example.org/assessment/articles/first/", lastModified: "2026-01-02" },
      { url: "https://example.org/assessment/articles/second/", lastModified: "2026-03-04" },
    ]);
  });

  it("lists nothing when the build has no SITE_URL, since a sitemap needs absolute addresses", () => {
    const local = readSiteAddress({ BASE_PATH: "/assessment" });
    expect(sitemapEntries(local, { articles: [], tagIds: ["nps"], assessmentIds: ["journey"] })).toEqual([]);
  });

  it("leaves out the results page, which holds nothing without a result link", () => {
    expect(entries.some((e) => e.url.includes("/results/"))).toBe(false);
  });
});

describe("sitemapEntries in several languages", () => {
  const site = readSiteAddress({ SITE_URL: "https://example.org", BASE_PATH: "" });
  const entries = sitemapEntries(site, {
    articles: [
      { slug: "both", frontmatter: { published: "2026-01-02" } },
      { slug: "english-only", frontmatter: { published: "2026-01-02" } },
    ],
    tagIds: [],
    assessmentIds: [],
    shipping: ["en", "de"],
    articleIn: (slug) => (locale) => slug === "both" || locale === "en",
  });
  const entry = (url: string) => entries.find((e) => e.url === url);

  it("lists each page in each shipping language, naming every language reciprocally with x-default", () => {
    const languages = {
      "en-GB": "https://example.org/journey/",
      "de-DE": "https://example.org/de/journey/",
      "x-default": "https://example.org/journey/",
    };
    expect(entry("https://example.org/journey/")?.alternates).toEqual({ languages });
    expect(entry("https://example.org/de/journey/")?.alternates).toEqual({ languages });
  });

  it("lists an article only in the languages it is translated into, and without alternates when alone", () => {
    expect(entry("https://example.org/de/articles/both/")?.alternates?.languages).toHaveProperty(
      "de-DE",
      "https://example.org/de/articles/both/",
    );
    expect(entry("https://example.org/articles/english-only/")).toEqual({
      url: "https://example.org/articles/english-only/",
      lastModified: "2026-01-02",
    });
    expect(entry("https://example.org/de/articles/english-only/")).toBeUndefined();
  });

  it("leaves previews out: a language not shipping has no entries", () => {
    expect(entries.some((e) => e.url.includes("/fr/"))).toBe(false);
  });
});
