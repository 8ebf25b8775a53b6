import { expect, test, type Page } from "@playwright/test";
import { messagesFor } from "../lib/i18n/messages";
import { golden } from "../test/golden-links";
import { site } from "./support/site";

// Run by npm run test:e2e against out-base/, built with SHIP_LOCALES=de,fr,es (and a base
// path): what the site does once a language ships, before one does.
const shipping = (process.env.SHIP_LOCALES ?? "").split(",");
test.skip(!shipping.includes("de"), "needs a build that ships German (SHIP_LOCALES=de,fr,es)");

const { fragment } = golden.links[0]!;
const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const inGerman = new RegExp(`${site.basePath}/de/results/#${escaped}$`);
// The German report, named in German words (lib/i18n/messages/de/report.ts).
const overall = (page: Page) => page.getByRole("region", { name: messagesFor("de").report.summary.overallStage });

test("the switch keeps the result: English results to German with the same fragment", async ({ page }) => {
  await page.goto(`results/#${fragment}`);
  const languages = page.getByRole("navigation", { name: "Language" });
  await expect(languages.getByRole("link")).toHaveText(["English", "Deutsch", "Français", "Español"]);
  await languages.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(inGerman);
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(overall(page)).toBeVisible();
});

test("a German choice, once made, opens a colleague's English result link in German, fragment and all", async ({
  page,
}) => {
  await page.goto("de/");
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Deutsch" }).click();
  await page.goto(`results/#${fragment}`);
  await expect(page).toHaveURL(inGerman);
  await expect(overall(page)).toBeVisible();
  // Replaced, not pushed: Back does not return to the English page that sent the reader on.
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`${site.basePath}/results/`));
});

test("shipping pages name each other as alternates, English as x-default", async ({ page }) => {
  await page.goto("de/journey/");
  const hreflang = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`));
  expect(hreflang.sort()).toEqual(
    [
      `de-DE ${site.basePath}/de/journey/`,
      `en-GB ${site.basePath}/journey/`,
      `es-ES ${site.basePath}/es/journey/`,
      `fr-FR ${site.basePath}/fr/journey/`,
      `x-default ${site.basePath}/journey/`,
    ].sort(),
  );
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test.describe("a browser that prefers German", () => {
  test.use({ locale: "de-DE" });

  test("is offered German in one tap on its first visit, never sent there by itself", async ({ page }) => {
    await page.goto(`results/#${fragment}`);
    const offer = page.getByRole("region", { name: "Deutsch" });
    await expect(offer).toContainText("Diese Seite gibt es auch auf Deutsch.");
    await expect(page).toHaveURL(new RegExp(`${site.basePath}/results/#`));
    await offer.getByRole("link", { name: "Auf Deutsch lesen" }).click();
    await expect(page).toHaveURL(inGerman);
    await expect(overall(page)).toBeVisible();
  });

  test("that stays in English is not asked again", async ({ page }) => {
    await page.goto("journey/");
    await page.getByRole("button", { name: "Stay in English" }).click();
    await expect(page.getByRole("region", { name: "Deutsch" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Stay in English" })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${site.basePath}/journey/$`));
  });
});

test("a browser that prefers English is offered nothing", async ({ page }) => {
  await page.goto("journey/");
  await expect(page.getByRole("navigation", { name: "Language" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Stay in English" })).toHaveCount(0);
});
