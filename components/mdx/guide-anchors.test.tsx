import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { headings } from "@/lib/articles/text";
import { loadPage, loadPageAnchorsIn, loadPageContextIn, loadPageIn } from "@/lib/content/load-pages";
import { LOCALES } from "@/lib/i18n/locales";
import { ArticleBody } from "./render-article";

// A link to a section of the guide ("/guide/#for-leaders", from the results and team pages) goes
// through localePath, so in German it is "/de/guide/#for-leaders": every language's guide must
// have each section under the English id, and its own links within the page must land too.

/** Every file under a folder, for the anchors the site links to. */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|mdx|ya?ml)$/.test(name) ? [path] : [];
  });

/** The guide's sections the site links to, wherever it does: "/guide/#for-leaders" → "for-leaders". */
const linked = [
  ...new Set(
    ["app", "components", "lib", "content"]
      .flatMap(files)
      .filter((f) => !/\.test\.tsx?$/.test(f))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/\/guide\/#([a-z0-9-]+)/g)].map((m) => m[1] ?? "")),
  ),
];

async function rendered(locale: (typeof LOCALES)[number]) {
  const page = loadPageIn(locale, "guide");
  const context = { ...loadPageContextIn(locale), locale, anchors: loadPageAnchorsIn(locale, "guide") };
  const html = renderToStaticMarkup(await ArticleBody({ body: page.body, file: page.file, context }));
  return {
    ids: [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]),
    within: [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]),
  };
}

describe("the guide's sections", () => {
  it("are linked to by the site, at least for leaders and for consultants", () => {
    expect(linked).toEqual(expect.arrayContaining(["for-leaders", "for-consultants"]));
  });

  it.each(LOCALES)("have the English ids in %s, each link within the page landing on one", async (locale) => {
    const english = headings(loadPage("guide").body).map((h) => h.id);
    const { ids, within } = await rendered(locale);
    expect(linked.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids).toEqual(english);
    expect(within.filter((id) => !ids.includes(id))).toEqual([]);
  });
});
