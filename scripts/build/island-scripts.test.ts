import { describe, expect, it } from "vitest";
import { placeIslands } from "./island-scripts";
import type { IslandManifest } from "./islands";

const manifest = (hash: string): IslandManifest =>
  new Map([
    [
      "flow",
      {
        file: `/_islands/flow-${hash}.js`,
        imports: [`/_islands/chunk-${hash}.js`],
        later: [`/_islands/react-${hash}.js`],
      },
    ],
    ["results", { file: `/_islands/results-${hash}.js`, imports: [`/_islands/chunk-${hash}.js`], later: [] }],
    ["language", { file: `/_islands/language-${hash}.js`, imports: [], later: [] }],
  ]);
const page =
  '<html><head><title>t</title><link rel="stylesheet" href="/_next/static/a.css"/></head><body></body></html>';

describe("placeIslands", () => {
  it("puts a page's island scripts, preloads and later prefetches at the end of its head", () => {
    expect(placeIslands(page, ["flow"], manifest("A"), "")).toBe(
      '<html><head><title>t</title><link rel="stylesheet" href="/_next/static/a.css"/>' +
        '<link rel="modulepreload" href="/_islands/chunk-A.js"/>' +
        '<template data-island-later="flow"><link rel="prefetch" href="/_islands/react-A.js"/></template>' +
        '<script type="module" src="/_islands/flow-A.js"></script></head><body></body></html>',
    );
  });

  it("replaces what an earlier pass placed, so the dev loop can place them again and again", () => {
    const once = placeIslands(page, ["flow", "results"], manifest("A"), "/assessment");
    const again = placeIslands(once, ["flow", "results"], manifest("B"), "/assessment");
    expect(again).toBe(placeIslands(page, ["flow", "results"], manifest("B"), "/assessment"));
    expect(again).not.toContain("-A.js");
    // The page's own links stay.
    expect(again).toContain('href="/_next/static/a.css"');
  });

  it("fetches the language switch's script only once the page has loaded, and a second pass replaces it", () => {
    const once = placeIslands(page, ["language", "flow"], manifest("A"), "/assessment");
    expect(once).not.toContain('<script type="module" src="/assessment/_islands/language-A.js"');
    expect(once).toContain('addEventListener("load",');
    expect(once).toContain('s.src="/assessment/_islands/language-A.js"');
    expect(once).toContain('<script type="module" src="/assessment/_islands/flow-A.js"></script>');
    const again = placeIslands(once, ["language", "flow"], manifest("B"), "/assessment");
    expect(again).toBe(placeIslands(page, ["language", "flow"], manifest("B"), "/assessment"));
    expect(again).not.toContain("-A.js");
  });
});
