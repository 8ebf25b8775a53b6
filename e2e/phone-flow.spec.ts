import { expect, test, type Page } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { choose, optionLabels } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { blunders, journey } from "./support/content";
import { LANGUAGE_KEY } from "../lib/i18n/choice";
import { LOCALES } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { localePath } from "../lib/i18n/paths";

// The question flow on a phone: 390 × 844 with touch, where a tapped answer moves on by itself.
// Timers run on Playwright's clock, so "it did not move on" is checked without a fixed wait.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const SCREEN_HEIGHT = 844;
/** How long the flow waits after a tap, with room to spare: it is 350 ms. */
const AFTER_THE_DELAY = 1_000;

const question = (page: Page, text: string) => page.getByRole("heading", { level: 2, name: text, exact: true });

async function start(page: Page, q: Questionnaire) {
  await page.clock.install();
  await page.goto(`assess/${q.id}/`);
  await page.getByRole("button", { name: "Start" }).tap();
  await expect(question(page, q.questions[0]!.text)).toBeVisible();
}

/** How far the page is wider than the screen, in CSS pixels: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The bottom edge of an element, in pixels from the top of the screen as it is scrolled. */
async function bottom(page: Page, name: string | RegExp, role: "button" | "radio") {
  const box = await page
    .getByRole(role, { name, exact: typeof name === "string" })
    .first()
    .boundingBox();
  if (!box) throw new Error(`no ${role} named ${String(name)}`);
  return box.y + box.height;
}

test("every blunders statement shows its answers and Next without scrolling, and a tap moves on", async ({ page }) => {
  const q = blunders();
  await start(page, q);
  for (const [i, item] of q.questions.entries()) {
    await expect(question(page, item.text)).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const next = i + 1 === q.questions.length ? "Review answers" : "Next";
    for (const label of [...optionLabels(q, item), "Don't know"]) {
      expect(await bottom(page, label, "radio")).toBeLessThanOrEqual(SCREEN_HEIGHT);
    }
    expect(await bottom(page, next, "button")).toBeLessThanOrEqual(SCREEN_HEIGHT);
    // While answering, nothing names the blunder under test: only its neutral topic shows.
    for (const d of q.dimensions) await expect(page.locator("main")).not.toContainText(d.name);
    await page.getByRole("radio", { name: optionLabels(q, item)[i % 5]!, exact: true }).tap();
    await page.clock.runFor(AFTER_THE_DELAY);
  }
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  await expect(page.getByRole("button", { name: "See my results" }).first()).toBeInViewport();
});

test("Undo takes back a tapped answer and returns to its question", async ({ page }) => {
  const q = journey();
  const [first, second] = q.questions;
  await start(page, q);
  const option = optionLabels(q, first!)[2]!;
  await page.getByRole("radio", { name: option, exact: true }).tap();
  await page.clock.runFor(AFTER_THE_DELAY);
  await expect(question(page, second!.text)).toBeVisible();
  await page.getByRole("button", { name: "Undo the last answer and go back to it" }).tap();
  await expect(question(page, first!.text)).toBeVisible();
  await expect(page.getByRole("radio", { name: option, exact: true })).not.toBeChecked();
  // Turned off, a tap only chooses.
  await page.getByRole("checkbox", { name: "Go to the next question after I tap an answer" }).tap();
  await page.getByRole("radio", { name: option, exact: true }).tap();
  await page.clock.runFor(AFTER_THE_DELAY);
  await expect(question(page, first!.text)).toBeVisible();
  await expect(page.getByRole("radio", { name: option, exact: true })).toBeChecked();
});

test("a Next tapped after the automatic move does not skip the next question", async ({ page }) => {
  const q = journey();
  const [first, second] = q.questions;
  await start(page, q);
  await page.getByRole("radio", { name: optionLabels(q, first!)[1]!, exact: true }).tap();
  await page.clock.runFor(AFTER_THE_DELAY);
  await expect(question(page, second!.text)).toBeVisible();
  // The leader meant this Next for the question they answered.
  await page.getByRole("button", { name: "Next" }).tap();
  await expect(question(page, second!.text)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You are already on question 2" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo the last answer and go back to it" })).toBeVisible();
  expect(await bottom(page, "Next", "button")).toBeLessThanOrEqual(SCREEN_HEIGHT);
});

test("a choice made with the keyboard never moves on by itself", async ({ page }) => {
  const q = blunders();
  const [first, second] = q.questions;
  await start(page, q);
  // A number key, then arrows on the focused radio group.
  await page.keyboard.press("2");
  await page.clock.runFor(AFTER_THE_DELAY);
  await expect(question(page, first!.text)).toBeVisible();
  await page.getByRole("radio", { name: optionLabels(q, first!)[1]!, exact: true }).focus();
  await page.keyboard.press("ArrowRight");
  await page.clock.runFor(AFTER_THE_DELAY);
  await expect(question(page, first!.text)).toBeVisible();
  await expect(page.getByRole("radio", { name: optionLabels(q, first!)[2]!, exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(question(page, second!.text)).toBeVisible();
});

/**
 * Written out again from the rule the site states (130 words a minute, a careful reader's pace in
 * a second language, plus 10 seconds per stage question or 4 per agreement statement), so the
 * test does not trust the code it checks.
 */
function expectedMinutes(q: Questionnaire, from = 0): number {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  let seconds = 0;
  for (const item of q.questions.slice(from)) {
    const options = q.kind === "stages" ? optionLabels(q, item).join(" ") : "";
    seconds += ((words(item.text) + words(item.help ?? "") + words(options)) / 130) * 60;
    seconds += q.kind === "stages" ? 10 : 4;
  }
  if (q.kind === "agreement" && from === 0) seconds += (words(q.scale.join(" ")) / 130) * 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

test("the time shown on home, the intro and during the flow is the one worked out from the words", async ({ page }) => {
  const q = journey();
  await page.goto("./");
  const pace = "reading carefully at 130 words a minute";
  await expect(page.getByText(`about ${expectedMinutes(q)} minutes, ${pace}`).first()).toBeVisible();
  await page.clock.install();
  await page.goto(`assess/${q.id}/`);
  await expect(page.getByText(`about ${expectedMinutes(q)} minutes, ${pace}.`)).toBeVisible();
  await page.getByRole("button", { name: "Start" }).tap();
  await expect(page.getByText(`about ${expectedMinutes(q, 0)} minutes left`)).toBeVisible();
  await page.getByRole("radio", { name: optionLabels(q, q.questions[0]!)[0]!, exact: true }).tap();
  await page.clock.runFor(AFTER_THE_DELAY);
  await expect(page.getByText(`about ${expectedMinutes(q, 1)} minutes left`)).toBeVisible();
});

test("after Start the other assessment, the first question opens with its counter on screen", async ({ page }) => {
  const [j, b] = [journey(), blunders()];
  const answers = Object.fromEntries(j.questions.map((x, i) => [x.id, choose(i % 5)]));
  const result = encodeFragment(
    { assessments: [{ questionnaireId: j.id, version: j.version, answers }] },
    loadCatalogue(),
  );
  await page.goto(`results/#${result}`);
  await page.getByRole("link", { name: /^Start the other assessment/ }).tap();
  // The intro, with the result it brings along, is longer than the screen: Start is below it.
  await page.getByRole("button", { name: "Start" }).tap();
  await expect(question(page, b.questions[0]!.text)).toBeFocused();
  await expect(page.getByText(`Question 1 of ${b.questions.length}`)).toBeInViewport({ ratio: 1 });
});

// Every language's intro, on the phone a leader most likely holds: Start on the first screen
// without scrolling at 390 × 844, and nothing sideways at 320 px. One page load per language and
// assessment: the 320 px check narrows the same page.
for (const locale of LOCALES) {
  test(`the ${locale} intros show Start without scrolling at 390 × 844 and fit 320 px`, async ({ page }) => {
    const start = messagesFor(locale).flow.intro.start;
    // A leader who chose this language: a first visit whose browser prefers another is offered
    // it above the page, once, and that offer is measured by the switch's own tests.
    await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
      key: LANGUAGE_KEY,
      value: locale,
    });
    for (const q of [journey(), blunders()]) {
      await page.setViewportSize({ width: 390, height: SCREEN_HEIGHT });
      await page.goto(localePath(locale, `/assess/${q.id}/`).slice(1));
      const button = page.getByRole("button", { name: start, exact: true });
      await expect(button).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await bottom(page, start, "button"), `${locale} ${q.id}`).toBeLessThanOrEqual(SCREEN_HEIGHT);
      await page.setViewportSize({ width: 320, height: SCREEN_HEIGHT });
      expect(await overflow(page), `${locale} ${q.id} at 320 px`).toBeLessThanOrEqual(0);
    }
  });
}
