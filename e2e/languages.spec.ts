import { expect, test } from "@playwright/test";
import { golden } from "../test/golden-links";
import { loadLibraryIn } from "../lib/content/library/load-library";
import { loadPageIn } from "../lib/content/load-pages";
import { messagesFor } from "../lib/i18n/messages";
import { readHead } from "./support/head";

// Today only English ships: German, French and Spanish are built as previews under /<lang>/.
// What a shipping language adds (hreflang, the remembered choice, the first-visit offer) is
// checked against a build that ships them: languages-shipped.spec.ts.
const PREVIEWS = [
  { locale: "de", tag: "de-DE", name: "Deutsch", notice: "Diese Übersetzung ist noch nicht fertig" },
  { locale: "fr", tag: "fr-FR", name: "Français", notice: "Cette traduction n’est pas encore terminée" },
  { locale: "es", tag: "es-ES", name: "Español", notice: "Esta traducción aún no está terminada" },
] as const;

test("English pages keep their addresses and language, with no switch to an unfinished translation", async ({
  page,
}) => {
  await page.goto("journey/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("navigation", { name: "Language" })).toHaveCount(0);
  expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
  expect((await readHead(page)).meta.robots).toBeUndefined();
});

for (const { locale, tag, name, notice } of PREVIEWS) {
  test(`/${locale}/ pages are in ${name}, say the translation is unfinished, and ask not to be indexed`, async ({
    page,
  }) => {
    for (const path of ["", "journey/", "articles/", "results/"]) {
      await page.goto(`${locale}/${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.getByRole("note").filter({ hasText: notice })).toBeVisible();
      const head = await readHead(page);
      expect(head.meta.robots, path).toBe("noindex");
      expect(head.canonical, path).toMatch(new RegExp(`/${locale}/${path}$`));
      expect(head.feed).toMatch(new RegExp(`/${locale}/feed\\.xml$`));
    }
  });
}

test("a preview's notice links the page on how its translation was made", async ({ page }) => {
  const { chrome } = messagesFor("fr");
  await page.goto("fr/journey/");
  await page.getByRole("note").getByRole("link", { name: chrome.translations.notice }).click();
  await expect(page).toHaveURL(/\/fr\/translations\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(loadPageIn("fr", "translations").frontmatter.title);
});

test("a preview's switch leads back to English with the same result, fragment and all", async ({ page }) => {
  const { fragment } = golden.links[0]!;
  await page.goto(`de/results/#${fragment}`);
  const languages = page.getByRole("navigation", { name: "Sprache" });
  await expect(languages.getByRole("link", { name: "Deutsch" })).toHaveAttribute("aria-current", "page");
  // Only English ships beside the page's own language: no other preview is offered.
  await expect(languages.getByRole("link")).toHaveCount(2);
  await languages.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/results/#${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("region", { name: "Overall stage" })).toContainText(/Stage \d of 6/);
});

test("the German library lists every article, and one not translated is marked and opens in English", async ({
  page,
}) => {
  const library = loadLibraryIn("de");
  // German has some articles translated and not others (at least five must be to ship).
  const english = library.find((a) => !a.translated);
  const translated = library.find((a) => a.translated);
  expect(english && translated).toBeTruthy();
  await page.goto("de/articles/");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) })).toHaveCount(
    library.length,
  );
  const card = page.getByRole("listitem").filter({ hasText: english!.frontmatter.title });
  await expect(card).toContainText("(auf Englisch)");
  await card.getByRole("link", { name: english!.frontmatter.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${english!.slug}/$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");

  await page.goto("de/articles/");
  await page.getByRole("link", { name: translated!.frontmatter.title }).click();
  await expect(page).toHaveURL(new RegExp(`/de/articles/${translated!.slug}/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translated!.frontmatter.title);
});

test("the sitemap and the feeds: previews stay out of the sitemap, each language has its own feed", async ({
  request,
}) => {
  const sitemap = await (await request.get("sitemap.xml")).text();
  expect(sitemap).toContain("/journey/</loc>");
  expect(sitemap).not.toMatch(/\/(de|fr|es)\//);
  const feed = await (await request.get("de/feed.xml")).text();
  expect(feed).toContain('xml:lang="de-DE"');
  const translated = loadLibraryIn("de").filter((a) => a.translated);
  expect(feed.match(/<entry>/g)).toHaveLength(translated.length);
  for (const a of translated) expect(feed).toContain(`/de/articles/${a.slug}/`);
});
