import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { referencesIn, resolveReference } from "./references";

describe("referencesIn", () => {
  it("reads a page's sources, links, srcsets and link-preview images, entities decoded", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/css/a.css"/>',
      '<script type="module" src="/_islands/results-X.js"></script>',
      '<img srcset="/a.png 1x, /b.png 2x" src="/a.png">',
      '<meta property="og:image" content="https://example.org/og/site.png"/>',
      '<meta name="description" content="/not/an/address"/>',
      '<a href="/results/?a=1&amp;b=2">x</a>',
    ].join("");
    expect(referencesIn("out/index.html", html)).toEqual([
      "/_next/static/css/a.css",
      "/_islands/results-X.js",
      "/a.png",
      "/results/?a=1&b=2",
      "/a.png",
      "/b.png",
      "https://example.org/og/site.png",
    ]);
  });

  it("reads feeds and sitemaps, stylesheets and robots.txt", () => {
    expect(referencesIn("out/feed.xml", '<link href="https://e.org/feed.xml"/><loc>https://e.org/</loc>')).toEqual([
      "https://e.org/feed.xml",
      "https://e.org/",
    ]);
    expect(referencesIn("out/a.css", "a{background:url('/media/x.woff2')} b{src:url(y.svg)}")).toEqual([
      "/media/x.woff2",
      "y.svg",
    ]);
    expect(referencesIn("out/robots.txt", "User-Agent: *\nSitemap: https://e.org/sitemap.xml\n")).toEqual([
      "https://e.org/sitemap.xml",
    ]);
  });
});

describe("resolveReference", () => {
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "refs-"));
    mkdirSync(join(out, "results"), { recursive: true });
    mkdirSync(join(out, "_next", "static", "css"), { recursive: true });
    writeFileSync(join(out, "index.html"), "");
    writeFileSync(join(out, "results", "index.html"), "");
    writeFileSync(join(out, "_next", "static", "css", "a.css"), "");
  });
  const site = () => ({ out, origin: "https://example.org", basePath: "" });

  it.each([
    ["/results/", "results/index.html"],
    ["/results/#v=2&journey=1.A", "results/index.html"],
    ["/results", "results/index.html"],
    ["https://example.org/_next/static/css/a.css?v=1", "_next/static/css/a.css"],
    ["../_next/static/css/a.css", "_next/static/css/a.css"],
  ])("finds %s in out/", (ref, file) => {
    expect(resolveReference(ref, "/results/", site())).toEqual({ kind: "file", file: join(out, file) });
  });

  it.each(["/_next/static/chunks/gone.css", "/team/", "https://example.org/missing.png", "/%E0%A4%A"])(
    "reports %s as missing",
    (ref) => {
      expect(resolveReference(ref, "/", site())).toEqual({ kind: "missing" });
    },
  );

  it.each(["#main", "mailto:a@b.org", "https://elsewhere.org/x", "data:image/png;base64,AA"])(
    "leaves %s to others",
    (ref) => {
      expect(resolveReference(ref, "/", site())).toEqual({ kind: "elsewhere" });
    },
  );

  it("under a base path, an address outside it is missing, and one inside resolves", () => {
    const under = { out, origin: null, basePath: "/assessment" };
    expect(resolveReference("/assessment/results/", "/assessment/", under)).toEqual({
      kind: "file",
      file: join(out, "results", "index.html"),
    });
    expect(resolveReference("/results/", "/assessment/", under)).toEqual({ kind: "missing" });
  });
});
