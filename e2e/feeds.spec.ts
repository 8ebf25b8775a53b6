import { expect, test, type Page } from "@playwright/test";
import { articles } from "./support/articles";
import { pngSize, readHead } from "./support/head";
import { absoluteAddressOf as url, site } from "./support/site";

// These addresses must be absolute, so they are checked on a build made with SITE_URL (the
// main build of npm run test:e2e); e2e/base-path.spec.ts checks a build without it.
test.skip(site.origin === null, "absolute addresses need a build made with SITE_URL");

const all = articles();
const articleUrls = () => all.map((a) => url(`/articles/${a.slug}/`));

/** Parses XML with the browser's own parser and returns the text of every `selector` match. */
async function parseXml(page: Page, xml: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ xml, selector }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.querySelector("parsererror"))
        throw new Error(`not well-formed: ${doc.querySelector("parsererror")?.textContent}`);
      return [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? "");
    },
    { xml, selector },
  );
}

test("feed.xml is an Atom feed listing every article, newest first", async ({ page, request }) => {
  const response = await request.get("feed.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(await parseXml(page, xml, "feed > entry > id")).toEqual(articleUrls());
  expect(await parseXml(page, xml, "feed > entry > title")).toEqual(all.map((a) => a.frontmatter.title));
});

test("sitemap.xml lists every article and the overview pages", async ({ page, request }) => {
  const response = await request.get("sitemap.xml");
  expect(response.status()).toBe(200);
  const locs = await parseXml(page, await response.text(), "urlset > url > loc");
  for (const path of ["/journey/", "/blunders/", "/articles/", "/about/"]) expect(locs).toContain(url(path));
  for (const article of articleUrls()) expect(locs).toContain(article);
  expect(locs).not.toContain(url("/results/"));
});

test("robots.txt points to the sitemap", async ({ request }) => {
  const response = await request.get("robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`Sitemap: ${url("/sitemap.xml")}`);
});

test("every page offers the feed, names its canonical address and has a preview picture", async ({ page, request }) => {
  for (const path of ["", "journey/", "blunders/", "articles/", "about/", "how-scoring-works/", "assess/journey/"]) {
    await page.goto(path || "./");
    const head = await readHead(page);
    expect(head.canonical, path).toBe(url(`/${path}`));
    expect(head.feed, path).toBe(url("/feed.xml"));
    expect(head.meta["og:url"], path).toBe(url(`/${path}`));
    expect(head.meta["og:image"], path).toBe(url("/og/site.png"));
    expect(head.meta["twitter:card"], path).toBe("summary_large_image");
  }
  const image = await request.get(url("/og/site.png"));
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
});

test("each article has a preview picture of its own, 1200 × 630", async ({ page, request }) => {
  for (const article of all) {
    await page.goto(`articles/${article.slug}/`);
    const head = await readHead(page);
    expect(head.meta["og:image"], article.slug).toBe(url(`/og/articles/${article.slug}.png`));
    expect(head.meta["og:image:width"], article.slug).toBe("1200");
    const image = await request.get(head.meta["og:image"] ?? "");
    expect(image.status(), article.slug).toBe(200);
    expect(pngSize(await image.body()), article.slug).toEqual({ width: 1200, height: 630 });
  }
});
