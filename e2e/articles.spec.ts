import { expect, test } from "@playwright/test";
import { articles } from "./support/articles";

const all = articles();

test("the article list shows every article, newest first", async ({ page }) => {
  await page.goto("articles/");
  const titles = await page.getByRole("list").filter({ has: page.getByRole("heading", { level: 2 }) }).getByRole("heading", { level: 2 }).allTextContents();
  expect(titles).toEqual(all.map((a) => a.frontmatter.title));
});

for (const article of all) {
  test(`article "${article.slug}" renders with its title, sources and working links`, async ({ page, request }) => {
    await page.goto(`articles/${article.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.frontmatter.title);
    const sources = page.getByRole("region", { name: "Sources" }).or(page.locator("section.sources"));
    for (const source of article.frontmatter.sources) await expect(sources).toContainText(source.author);
    await expect(page.getByRole("heading", { level: 2, name: "What to do on Monday" })).toBeVisible();
    const hrefs = await page.locator("main a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of new Set(hrefs.map((h) => h.split("#")[0] ?? ""))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });
}

test("a tag page lists the articles with that tag", async ({ page }) => {
  const article = all[0]!;
  const tag = article.frontmatter.tags[0]!;
  await page.goto(`articles/${article.slug}/`);
  await page.getByRole("list", { name: "Tags" }).first().getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/tag/${tag}/$`));
  const expected = all.filter((a) => a.frontmatter.tags.includes(tag));
  await expect(page.getByText(`${expected.length} article`)).toBeVisible();
  await expect(page.getByRole("link", { name: article.frontmatter.title })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an article is fully readable", async ({ page }) => {
    const article = all[all.length - 1]!;
    await page.goto(`articles/${article.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.frontmatter.title);
    await expect(page.getByRole("heading", { level: 2, name: "What to do on Monday" })).toBeVisible();
  });
});
