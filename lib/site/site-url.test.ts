import { describe, expect, it } from "vitest";
import { absoluteUrl, readSiteAddress, rootRelativeUrl, siteUrl } from "./site-url";

describe("readSiteAddress", () => {
  it.each([
    // [SITE_URL, BASE_PATH, origin, basePath]
    [undefined, undefined, null, ""],
    ["", "", null, ""],
    ["https://outside-in.example.org", undefined, "https://outside-in.example.org", ""],
    ["https://outside-in.example.org/", "/assessment/", "https://outside-in.example.org", "/assessment"],
    [undefined, "/assessment", null, "/assessment"],
  ])("SITE_URL=%s BASE_PATH=%s gives origin %s and base path %s", (SITE_URL, BASE_PATH, origin, basePath) => {
    expect(readSiteAddress({ SITE_URL, BASE_PATH })).toEqual({ origin, basePath });
  });

  it("names the variable when SITE_URL is not an http(s) address", () => {
    expect(() => readSiteAddress({ SITE_URL: "outside-in.example.org" })).toThrow(
      /^SITE_URL must be an http\(s\) address/,
    );
    expect(() => readSiteAddress({ SITE_URL: "ftp://example.org" })).toThrow(/SITE_URL/);
  });

  it("names the variable when BASE_PATH is not a path", () => {
    expect(() => readSiteAddress({ BASE_PATH: "assessment" })).toThrow(/BASE_PATH/);
  });
});

describe("addresses", () => {
  const deployed = readSiteAddress({ SITE_URL: "https://example.org", BASE_PATH: "/assessment" });
  const local = readSiteAddress({ BASE_PATH: "/assessment" });

  it("joins origin, base path and path with exactly one slash", () => {
    expect(absoluteUrl(deployed, "/articles/nps/")).toBe("https://example.org/assessment/articles/nps/");
    expect(absoluteUrl(deployed, "feed.xml")).toBe("https://example.org/assessment/feed.xml");
    expect(absoluteUrl(deployed, "/")).toBe("https://example.org/assessment/");
  });

  it("has no absolute address without SITE_URL, and falls back to the root-relative one", () => {
    expect(absoluteUrl(local, "/feed.xml")).toBeNull();
    expect(siteUrl(local, "/feed.xml")).toBe("/assessment/feed.xml");
    expect(rootRelativeUrl(readSiteAddress({}), "/")).toBe("/");
  });

  it("prefers the absolute address when there is one", () => {
    expect(siteUrl(deployed, "/feed.xml")).toBe("https://example.org/assessment/feed.xml");
  });
});
