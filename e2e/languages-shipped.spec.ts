import { expect, test, type Page } from "@playwright/test";
import { fill, languageTag } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { loadCatalogueIn } from "../lib/content/i18n/load-translations";
import { golden } from "../test/golden-links";
import { figureIn, literally } from "./support/languages";
import { openSection } from "./support/report";
import { site } from "./support/site";

// Run by npm run test:e2e against out-base/ (under a base path): what the site does because
// German, French and Spanish ship: the switch, a remembered choice, a first visit's offer.

const { fragment, scores } = golden.links[0]!;
/** The scores the golden link must keep forever (test/golden-links.ts): its journey's, in English. */
const pinned = scores[0]!;
const escaped = literally(fragment);
const inGerman = new RegExp(`${site.basePath}/de/results/#${escaped}$`);
// The report's overall stage, named in the page's words (lib/i18n/messages/<lang>/report.ts).
const overall = (page: Page, locale: Locale = "de") =>
  page.getByRole("region", { name: messagesFor(locale).report.summary.overallStage });

test("the switch keeps the result through all four languages, fragment and stage alike", async ({ page }) => {
  // The golden link's overall stage, in each language's words ("Stufe 4 von 6", "Stade 4 sur 6"…).
  const stageIn = (locale: Locale) =>
    fill(messagesFor(locale).results.figure.stageOfSixStart, { stage: pinned.overall!, max: 6 });
  await page.goto(`results/#${fragment}`);
  const languages = page.getByRole("navigation", { name: "Language" });
  await expect(languages.getByRole("link")).toHaveText(["English", "Deutsch", "Français", "Español"]);
  let from: Locale = "en";
  for (const [to, name] of [
    ["de", "Deutsch"],
    ["fr", "Français"],
    ["es", "Español"],
    ["en", "English"],
  ] as const) {
    await page
      .getByRole("navigation", { name: messagesFor(from).chrome.languages })
      .getByRole("link", { name })
      .click();
    const path = to === "en" ? "/results/" : `/${to}/results/`;
    await expect(page).toHaveURL(new RegExp(`${site.basePath}${path}#${escaped}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", languageTag(to));
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(overall(page, to)).toContainText(stageIn(to));
    from = to;
  }
});

test("a German choice, once made, opens a colleague's English result link in German, fragment and all", async ({
  page,
}) => {
  await page.goto("de/");
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Deutsch" }).click();
  await page.goto(`results/#${fragment}`);
  await expect(page).toHaveURL(inGerman);
  // The same scores as in English, written the German way, in the German questionnaire's words.
  const de = messagesFor("de");
  await expect(overall(page)).toContainText(
    fill(de.results.figure.stageOfSixStart, { stage: pinned.overall!, max: 6 }),
  );
  const q = loadCatalogueIn("de").find((x) => x.id === pinned.questionnaireId && x.version === 1)!;
  const table = (await openSection(page, q.title)).getByRole("table", {
    name: new RegExp(`^${literally(de.report.journey.caption)}`),
  });
  for (const d of q.dimensions) {
    const figure = figureIn("de", String(pinned.dimensions[d.id]));
    await expect(table.getByRole("row", { name: new RegExp(`^${literally(d.name)}`) })).toContainText(
      fill(de.results.figure.stage, { score: figure, max: 6 }),
    );
  }
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
