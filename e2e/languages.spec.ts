import { expect, test } from "@playwright/test";
import { golden } from "../test/golden-links";
import { loadLibraryIn } from "../lib/content/library/load-library";
import { loadPageIn } from "../lib/content/load-pages";
import { languageTag } from "../lib/i18n/format";
import { LOCALES, SHIPPING_LOCALES } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { readHead } from "./support/head";

// German, French and Spanish ship beside English: each page exists in four languages under
// /de/, /fr/ and /es/, English stays at the root. What a choice and a first visit do is in
// languages-shipped.spec.ts, which also runs under a base path.
const TRANSLATED = SHIPPING_LOCALES.filter((l) => l !== "en");

test("every language ships: English pages keep their addresses and switch to all four", async ({ page }) => {
  expect(SHIPPING_LOCALES).toEqual(LOCALES);
  await page.goto("journey/");
  await expect(page.locator("html")).toHaveAttribute("lang", languageTag("en"));
  const languages = page.getByRole("navigation", { name: messagesFor("en").chrome.languages });
  await expect(languages.getByRole("link")).toHaveCount(LOCALES.length);
  expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(LOCALES.length + 1);
  expect((await readHead(page)).meta.robots).toBeUndefined();
});

for (const locale of TRANSLATED) {
  test(`/${locale}/ pages are in their language, indexable, with no unfinished-translation notice`, async ({
    page,
  }) => {
    const { chrome } = messagesFor(locale);
    for (const path of ["", "journey/", "articles/", "results/"]) {
      await page.goto(`${locale}/${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", languageTag(locale));
      await expect(page.getByText(chrome.preview)).toHaveCount(0);
      const head = await readHead(page);
      expect(head.meta.robots, path).toBeUndefined();
      expect(head.canonical, path).toMatch(new RegExp(`/${locale}/${path}$`));
      expect(head.feed).toMatch(new RegExp(`/${locale}/feed\\.xml$`));
    }
  });
}

test("the footer links the page on how its translation was made, in the page's language", async ({ page }) => {
  const { chrome } = messagesFor("fr");
  await page.goto("fr/journey/");
  await page.getByRole("contentinfo").getByRole("link", { name: chrome.translations.footer }).click();
  await expect(page).toHaveURL(/\/fr\/translations\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(loadPageIn("fr", "translations").frontmatter.title);
});

test("the German switch leads to English with the same result, fragment and all", async ({ page }) => {
  const { fragment } = golden.links[0]!;
  await page.goto(`de/results/#${fragment}`);
  const languages = page.getByRole("navigation", { name: messagesFor("de").chrome.languages });
  await expect(languages.getByRole("link", { name: "Deutsch" })).toHaveAttribute("aria-current", "page");
  await expect(languages.getByRole("link")).toHaveCount(LOCALES.length);
  await languages.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/results/#${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", languageTag("en"));
  await expect(page.getByRole("region", { name: messagesFor("en").report.summary.overallStage })).toContainText(
    /Stage \d of 6/,
  );
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
  await expect(page.locator("html")).toHaveAttribute("lang", languageTag("en"));

  await page.goto("de/articles/");
  await page.getByRole("link", { name: translated!.frontmatter.title }).click();
  await expect(page).toHaveURL(new RegExp(`/de/articles/${translated!.slug}/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translated!.frontmatter.title);
});

test("the sitemap lists every language's pages with their alternates, and each language has its own feed", async ({
  request,
}) => {
  const sitemap = await (await request.get("sitemap.xml")).text();
  expect(sitemap).toContain("/journey/</loc>");
  for (const locale of TRANSLATED) {
    expect(sitemap).toContain(`/${locale}/journey/</loc>`);
    expect(sitemap).toContain(`hreflang="${languageTag(locale)}"`);
    const feed = await (await request.get(`${locale}/feed.xml`)).text();
    expect(feed).toContain(`xml:lang="${languageTag(locale)}"`);
    const translated = loadLibraryIn(locale).filter((a) => a.translated);
    expect(feed.match(/<entry>/g)).toHaveLength(translated.length);
    for (const a of translated) expect(feed).toContain(`/${locale}/articles/${a.slug}/`);
  }
  // An article German has not translated is listed once, in English, with no German alternate.
  const untranslated = loadLibraryIn("de").find((a) => !a.translated)!;
  expect(sitemap).not.toContain(`/de/articles/${untranslated.slug}/</loc>`);
});
