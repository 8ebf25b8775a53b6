import { describe, expect, it } from "vitest";
import { absoluteUrl, readSiteUrl } from "./site-url";

describe("readSiteUrl", () => {
  it.each([
    // [SITE_URL, BASE_PATH, root]
    [undefined, undefined, "http://localhost:3000"],
    ["", "", "http://localhost:3000"],
    ["https://outside-in.example.org", undefined, "https://outside-in.example.org"],
    ["https://outside-in.example.org/", "/assessment/", "https://outside-in.example.org/assessment"],
    ["http://localhost:3000", "/assessment", "http://localhost:3000/assessment"],
  ])("SITE_URL=%s BASE_PATH=%s gives %s", (SITE_URL, BASE_PATH, root) => {
    expect(readSiteUrl({ SITE_URL, BASE_PATH }).root).toBe(root);
  });

  it("names the variable when SITE_URL is not an http(s) address", () => {
    expect(() => readSiteUrl({ SITE_URL: "outside-in.example.org" })).toThrow(/^SITE_URL must be an http\(s\) address/);
    expect(() => readSiteUrl({ SITE_URL: "ftp://example.org" })).toThrow(/SITE_URL/);
  });

  it("names the variable when BASE_PATH is not a path", () => {
    expect(() => readSiteUrl({ BASE_PATH: "assessment" })).toThrow(/BASE_PATH/);
  });
});

describe("absoluteUrl", () => {
  const site = readSiteUrl({ SITE_URL: "https://example.org", BASE_PATH: "/assessment" });

  it("joins the root and a path with exactly one slash", () => {
    expect(absoluteUrl(site, "/articles/nps/")).toBe("https://example.org/assessment/articles/nps/");
    expect(absoluteUrl(site, "feed.xml")).toBe("https://example.org/assessment/feed.xml");
    expect(absoluteUrl(site, "/")).toBe("https://example.org/assessment/");
  });
});
