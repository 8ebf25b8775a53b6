import { expect, test, type Page } from "@playwright/test";
import { fill } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { shown } from "./support/content";
import { bandOf, blundersPlan, expectedBlunders, expectedJourney, journeyPlan } from "./support/expected";
import { answerByKeyboard, type Plan } from "./support/flow";
import { figureIn, literally, overallStageIn, questionnairesIn, TRANSLATED } from "./support/languages";
import { openSection } from "./support/report";

// One whole journey per questionnaire in each language, as a leader takes it: from that
// language's home page to its printed report. The answers are the English journeys' known
// profiles (support/expected.ts), so the figures expected are English's: a translation changes
// the words, never the scores. Every word looked for comes from that language's messages and
// content files.

/** From the language's home page through every question to the report, by keyboard. */
async function take(page: Page, locale: Locale, q: Questionnaire, start: string | RegExp, plan: Plan) {
  const m = messagesFor(locale);
  await page.goto(`${locale}/`);
  await page
    .getByRole("link", { name: start, exact: typeof start === "string" })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: q.title })).toBeVisible();
  await page.getByRole("button", { name: m.flow.intro.start, exact: true }).click();
  await answerByKeyboard(page, q, plan, locale);
  await page.getByRole("button", { name: m.flow.review.seeResults }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/results/#`));
  await expect(page.getByRole("heading", { level: 1, name: m.pages.meta.results.title })).toBeVisible();
}

/** The home page card's link to the blunders check, named in words only a screen reader hears. */
const startOne = (locale: Locale) =>
  new RegExp(
    `^${literally(messagesFor(locale).pages.home.startOne)} ?: ${literally(questionnairesIn(locale).blunders.title)}$`,
  );

/** The print view: what a browser does when asked to print, then the page as printed. */
async function expectPrintedIn(page: Page, locale: Locale, tag: string) {
  const m = messagesFor(locale);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("html")).toHaveAttribute("lang", tag);
  await expect(page.getByRole("navigation", { name: m.chrome.mainNav })).toBeHidden();
  await expect(page.getByRole("button", { name: m.report.actions.print })).toBeHidden();
  const printedOn = m.report.printedOn.split("{date}")[0]!;
  await expect(page.getByRole("paragraph").filter({ hasText: new RegExp(`^${literally(printedOn)}`) })).toBeVisible();
  // The English words of the same places are nowhere on the printed page.
  const english = messagesFor("en");
  await expect(page.getByText(english.report.printedOn.split("{date}")[0]!)).toHaveCount(0);
  await expect(page.getByText(english.report.summary.title, { exact: true })).toHaveCount(0);
}

for (const { locale, tag } of TRANSLATED) {
  test.describe(`in ${tag}`, () => {
    const { journey, blunders } = questionnairesIn(locale);
    const m = messagesFor(locale);

    test(`the journey from the home page scores as in English, says the stage and next step, and prints`, async ({
      page,
    }) => {
      await take(page, locale, journey, m.pages.home.start, journeyPlan);
      const want = expectedJourney(journeyPlan);
      const overall = overallStageIn(locale, want.stage);
      const summary = page.getByRole("region", { name: m.report.summary.overallStage });
      await expect(summary).toContainText(overall.text);
      await expect(summary).toContainText(overall.next);
      await openSection(page, journey.title);
      const table = page.getByRole("table", { name: new RegExp(`^${literally(m.report.journey.caption)}`) });
      for (const area of want.areas) {
        const name = journey.dimensions.find((d) => d.id === area.id)?.name ?? area.id;
        const score =
          area.score === null
            ? m.results.notEnough
            : fill(m.results.figure.stage, { score: figureIn(locale, shown(area.score)), max: 6 });
        await expect(table.getByRole("row", { name: new RegExp(`^${literally(name)}`) })).toContainText(score);
      }
      await expectPrintedIn(page, locale, tag);
    });

    test(`the blunders check from the home page scores as in English, with its bands, and prints`, async ({ page }) => {
      await take(page, locale, blunders, startOne(locale), blundersPlan);
      const want = expectedBlunders(blundersPlan);
      const avoidance = (score: number) =>
        fill(m.results.figure.withBand, {
          figure: fill(m.results.figure.avoidance, { score }),
          band: m.results.bands[bandOf(score)],
        });
      const scores = want.map((b) => b.score ?? 0);
      const overall = Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
      const summary = page.getByRole("region", { name: m.report.summary.overallAvoidance });
      await expect(summary).toContainText(
        fill(m.results.headline.value, { figure: fill(m.results.figure.avoidance, { score: overall }) }),
      );
      await expect(summary).toContainText(m.results.bands[bandOf(overall)]);
      await openSection(page, blunders.title);
      const table = page.getByRole("table", { name: new RegExp(`^${literally(m.report.blunders.caption)}`) });
      for (const blunder of want) {
        const name = blunders.dimensions.find((d) => d.id === blunder.id)?.name ?? blunder.id;
        await expect(table.getByRole("row", { name: new RegExp(`^${literally(name)}`) })).toContainText(
          blunder.score === null ? m.results.notEnough : avoidance(blunder.score),
        );
      }
      await expectPrintedIn(page, locale, tag);
    });
  });
}

// The link carries answers, not words, and says inside its seal which language they were given in.
test("a run in German records its language in its result link (l=de)", async ({ page }) => {
  await take(page, "de", questionnairesIn("de").blunders, startOne("de"), blundersPlan);
  expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("l")).toBe("de");
});
