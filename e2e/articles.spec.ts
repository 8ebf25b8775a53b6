import { expect, test } from "@playwright/test";
import { loadTags } from "../lib/content/library/load-articles";
import { loadSite } from "../lib/content/load-site";
import { loadBibliography, loadCiters } from "../lib/content/library/load-sources";
import { citedBy, resolveSources } from "../lib/sources/citations";
import { byline } from "../lib/sources/schema";
import { articles, distinctiveWord } from "./support/articles";
import { readHead } from "./support/head";
import { addressOf } from "./support/site";

const all = articles();

test("the article list shows every article, newest first", async ({ page }) => {
  await page.goto("articles/");
  const titles = await page
    .getByRole("list")
    .filter({ has: page.getByRole("heading", { level: 2 }) })
    .getByRole("heading", { level: 2 })
    .allTextContents();
  expect(titles).toEqual(all.map((a) => a.frontmatter.title));
});

// One browser context for all articles: each page then reuses the scripts already loaded.
test("every article renders with its title, sources, metadata and working links", async ({ page, request }) => {
  test.setTimeout(20_000 + all.length * 5_000);
  for (const article of all)
    await test.step(article.slug, async () => {
      await page.goto(`articles/${article.slug}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.frontmatter.title);
      const sources = page.getByRole("region", { name: "Sources" });
      for (const source of resolveSources(article.frontmatter.sources, loadBibliography())) {
        await expect(sources).toContainText(`${byline(source)} (${source.year}). ${source.title}.`);
      }
      await expect(page.getByRole("link", { name: loadSite().editors })).toHaveAttribute("href", /\/about\/$/);
      await expect(page.getByRole("heading", { level: 2, name: "What to do on Monday" })).toBeVisible();
      const head = await readHead(page);
      expect(head.canonical).toBe(addressOf(`/articles/${article.slug}/`));
      const [jsonLd] = head.jsonLd;
      expect(jsonLd).toMatchObject({
        "@context": "https://schema.org",
        "@type": "Article",
        headline: article.frontmatter.title,
        datePublished: article.frontmatter.published,
      });
      expect(jsonLd).toHaveProperty("citation.length", article.frontmatter.sources.length);
      const hrefs = await page
        .getByRole("main")
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      const local = hrefs.filter((h) => h.startsWith("/")).map((h) => h.split("#")[0] ?? "");
      for (const href of new Set(local)) {
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
      }
    });
});

test("/sources/ names every source once, with the articles and recommendations that cite it", async ({ page }) => {
  await page.goto("sources/");
  const entries = citedBy(loadBibliography(), loadCiters());
  const items = page.getByRole("main").getByRole("list").first().locator(":scope > li");
  await expect(items).toHaveCount(entries.length);
  for (const [i, { source, citers }] of entries.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(`${byline(source)} (${source.year}). ${source.title}.`);
    for (const c of citers) await expect(item.getByRole("listitem").filter({ hasText: c.label })).toHaveCount(1);
  }
  await expect(page.getByRole("main")).not.toContainText(/unattributed|not recorded/i);
});

test("a tag page lists the articles with that tag", async ({ page }) => {
  const article = all[0]!;
  const tag = article.frontmatter.tags[0]!;
  await page.goto(`articles/${article.slug}/`);
  await page.getByRole("list", { name: "Tags" }).first().getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/tag/${tag}/$`));
  const expected = all.filter((a) => a.frontmatter.tags.includes(tag));
  await expect(page.getByRole("main")).toContainText(`${expected.length} article`);
  await expect(page.getByRole("link", { name: article.frontmatter.title })).toBeVisible();
});

test("choosing a tag filters the list in place, says how many, and keeps the choice in the address", async ({
  page,
}) => {
  const tag = all[0]!.frontmatter.tags[0]!;
  const name = loadTags().find((t) => t.id === tag)!.name;
  const expected = all.filter((a) => a.frontmatter.tags.includes(tag)).map((a) => a.frontmatter.title);
  await page.goto("articles/");
  const filters = page.getByRole("navigation", { name: "Filter by tag" });
  await filters.getByRole("link", { name: `${name} ${expected.length} article`, exact: false }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/\\?tag=${tag}$`));
  await expect(page.getByRole("status")).toHaveText(
    `${expected.length} ${expected.length === 1 ? "article" : "articles"} tagged “${name}”`,
  );
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveText(expected);
  await expect(filters.getByRole("link", { name: new RegExp(`^${name} \\d+ articles?$`) })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // Back returns to the whole library without a reload.
  await page.goBack();
  await expect(page.getByRole("status")).toHaveText(`${all.length} articles`);
});

test("searching finds an article by a word only its text contains", async ({ page }) => {
  const article = all[Math.floor(all.length / 2)]!;
  const word = distinctiveWord(article, all);
  await page.goto("articles/");
  await page.getByLabel("Search articles").fill(word);
  await expect(page.getByRole("status")).toHaveText(`1 of ${all.length} articles match “${word}”`);
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveText([article.frontmatter.title]);
  await page.getByRole("link", { name: article.frontmatter.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.frontmatter.title);
});

test("a search can be linked to, and typing keeps the link in step", async ({ page }) => {
  const article = all[0]!;
  const word = distinctiveWord(article, all);
  await page.goto(`articles/?q=${encodeURIComponent(word)}`);
  await expect(page.getByLabel("Search articles")).toHaveValue(word);
  await expect(page.getByRole("status")).toHaveText(`1 of ${all.length} articles match “${word}”`);
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveText([article.frontmatter.title]);
  await page.getByLabel("Search articles").fill("customer");
  await expect(page).toHaveURL(/[?&]q=customer$/);
  await page.getByLabel("Search articles").fill("");
  await expect(page).toHaveURL(/\/articles\/$/);
});

test("searching by title ranks that article first, and clearing shows every article", async ({ page }) => {
  const article = all[all.length - 1]!;
  await page.goto("articles/");
  const box = page.getByLabel("Search articles");
  await box.fill(article.frontmatter.title);
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 }).first()).toHaveText(
    article.frontmatter.title,
  );
  // A query in a script no article uses finds nothing and says so; it never lists everything.
  await box.fill("лояльность");
  await expect(page.getByRole("status")).toHaveText("No article matches “лояльность”. Try fewer or shorter words.");
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveCount(0);
  await box.fill("");
  await expect(page.getByRole("status")).toHaveText(`${all.length} articles`);
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveCount(all.length);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an article is fully readable", async ({ page }) => {
    const article = all[all.length - 1]!;
    await page.goto(`articles/${article.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.frontmatter.title);
    await expect(page.getByRole("heading", { level: 2, name: "What to do on Monday" })).toBeVisible();
  });

  test("the article list shows every article, no search box that cannot work, and tags that are links", async ({
    page,
  }) => {
    await page.goto("articles/");
    await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveCount(all.length);
    await expect(page.getByRole("search")).toHaveCount(0);
    const tag = all[0]!.frontmatter.tags[0]!;
    const name = loadTags().find((t) => t.id === tag)!.name;
    await page
      .getByRole("navigation", { name: "Filter by tag" })
      .getByRole("link", { name: new RegExp(`^${name} \\d+ articles?$`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/tag/${tag}/$`));
  });
});

test("the articles feed is linked where readers look: under the library's list and in every page's footer", async ({
  page,
  request,
}) => {
  await page.goto("articles/");
  const link = page.getByRole("main").getByRole("link", { name: "the library's feed" });
  await expect(link).toBeVisible();
  const feed = await request.get(new URL((await link.getAttribute("href")) ?? "", page.url()).href);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  for (const path of ["./", "journey/", "articles/"]) {
    await page.goto(path);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Articles feed" })).toBeVisible();
  }
  // The address feed readers discover is the same one.
  expect((await readHead(page)).feed).toMatch(/\/feed\.xml$/);
});
