import { expect, test, type Page } from "@playwright/test";
import { articles } from "./support/articles";
import { siteUrl } from "./support/site";

const all = articles();
const articleUrls = all.map((a) => siteUrl(`/articles/${a.slug}/`));

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
  expect(await parseXml(page, xml, "feed > entry > id")).toEqual(articleUrls);
  expect(await parseXml(page, xml, "feed > entry > title")).toEqual(all.map((a) => a.frontmatter.title));
});

test("sitemap.xml lists every article and the overview pages", async ({ page, request }) => {
  const response = await request.get("sitemap.xml");
  expect(response.status()).toBe(200);
  const locs = await parseXml(page, await response.text(), "urlset > url > loc");
  for (const url of [...articleUrls, siteUrl("/journey/"), siteUrl("/blunders/"), siteUrl("/articles/")])
    expect(locs).toContain(url);
  expect(locs).not.toContain(siteUrl("/results/"));
});

test("robots.txt points to the sitemap", async ({ request }) => {
  const response = await request.get("robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`Sitemap: ${siteUrl("/sitemap.xml")}`);
});

test("every page offers the feed and names its canonical address", async ({ page }) => {
  for (const path of ["", "journey/", "blunders/", "articles/", "how-scoring-works/", "assess/journey/"]) {
    await page.goto(path || "./");
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", siteUrl(`/${path}`));
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
      "href",
      siteUrl("/feed.xml"),
    );
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute("content", siteUrl(`/${path}`));
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute("content", "summary");
  }
});
