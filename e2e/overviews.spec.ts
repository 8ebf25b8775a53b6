import { expect, test, type Page } from "@playwright/test";
import { loadTags } from "../lib/content/library/load-articles";
import { loadStageModel } from "../lib/content/assessments/load-stage-model";
import { articles } from "./support/articles";
import { blunders, journey } from "./support/content";

const all = articles();
const tagName = (id: string) => loadTags().find((t) => t.id === id)?.name ?? id;

/** Every link on the page into the library answers 200, and there is at least one. */
async function articleLinksWork(page: Page) {
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const intoLibrary = [...new Set(hrefs.filter((h) => h.includes("/articles/")))];
  expect(intoLibrary.length).toBeGreaterThan(0);
  for (const href of intoLibrary) expect((await page.request.get(href)).status(), href).toBe(200);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the journey page shows the six stages, credits the model and links to articles", async ({ page }) => {
    await page.goto("journey/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const stage of loadStageModel().stages)
      await expect(page.getByRole("heading", { level: 3, name: stage.name })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Graham Hill");
    await expect(page.getByRole("main")).toContainText("Patty Seybold");
    for (const area of journey().dimensions) {
      // Every area has reading of its own: the overview would send a leader nowhere otherwise.
      const tagged = all.filter((a) => a.frontmatter.tags.includes(area.id));
      expect(tagged.length, area.id).toBeGreaterThan(0);
      await expect(
        page
          .getByRole("list", { name: `Articles on ${tagName(area.id)}` })
          .getByRole("link")
          .first(),
      ).toHaveText(tagged[0]!.frontmatter.title);
    }
    await expect(page.getByRole("link", { name: "Take the journey assessment" })).toHaveAttribute(
      "href",
      /\/assess\/journey\/$/,
    );
    await articleLinksWork(page);
  });

  test("the blunders page shows each blunder beside its alternative and links to articles", async ({ page }) => {
    await page.goto("blunders/");
    await expect(page.getByRole("main")).toContainText("Paul Levesque");
    for (const blunder of blunders().dimensions) {
      await expect(page.getByRole("heading", { level: 2, name: blunder.name })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(blunder.alternative);
      const tagged = all.filter((a) => a.frontmatter.tags.includes(blunder.id));
      expect(tagged.length, blunder.id).toBeGreaterThan(0);
      await expect(
        page
          .getByRole("list", { name: `Articles on ${blunder.name}` })
          .getByRole("link")
          .first(),
      ).toHaveText(tagged[0]!.frontmatter.title);
    }
    await expect(page.getByRole("link", { name: "Take the blunders check" })).toHaveAttribute(
      "href",
      /\/assess\/blunders\/$/,
    );
    await articleLinksWork(page);
  });
});

test("the header leads to each overview, and each overview starts its assessment", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "The journey" }).click();
  await page.getByRole("link", { name: "Take the journey assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey().title })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "The five blunders" }).click();
  await page.getByRole("link", { name: "Take the blunders check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: blunders().title })).toBeVisible();
});
