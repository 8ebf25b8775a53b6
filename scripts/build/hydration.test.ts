import { describe, expect, it } from "vitest";
import { stripHydration, UnexpectedScriptError } from "./hydration";

// Trimmed from a real exported page: the shapes Next writes, with shortened payloads.
const page = (payload: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/css/a1.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
    '<script src="/_next/static/chunks/4bd1-2.js" async=""></script>',
    '<title>Article</title><link rel="canonical" href="https://example.org/articles/a/"/>',
    '<script src="/_next/static/chunks/polyfills-3.js" noModule=""></script></head>',
    '<body><main><h1>Article</h1><a href="/assess/journey/">Start</a></main>',
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    '<script src="/_next/static/chunks/webpack-1.js" id="_R_" async=""></script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n3:I[8500,[\\"500\\",\\"$2\\"],\\"\\"]\\n${payload}"])</script>`,
    "</body></html>",
  ].join("");

describe("stripHydration", () => {
  const stripped = stripHydration(page('7:I[484,[],\\"OutletBoundary\\"]'));
  it("removes every script Next adds, and their preloads", () => {
    expect(stripped).not.toMatch(/_next\/static\/chunks/);
    expect(stripped).not.toContain("__next_f");
  });
  it("keeps the content, styles, metadata and structured data", () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/css/a1.css" data-precedence="next"/>');
    expect(stripped).toContain('<link rel="canonical" href="https://example.org/articles/a/"/>');
    expect(stripped).toContain('<main><h1>Article</h1><a href="/assess/journey/">Start</a></main>');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
  });
  it("refuses to guess about an inline script it does not recognise", () => {
    const odd = page("").replace("</body>", "<script>document.title = 'x'</script></body>");
    expect(() => stripHydration(odd)).toThrow(UnexpectedScriptError);
  });
});
