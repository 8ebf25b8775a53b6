import { expect, test, type Page } from "@playwright/test";
import { optionLabels } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { blunders, journey } from "./support/content";
import { focused, tabTo } from "./support/keyboard";
import { reportSections } from "./support/report";

/** Takes a questionnaire with the keyboard alone, from its start button to the results. */
async function takeWithKeys(page: Page, q: Questionnaire) {
  await tabTo(page, /^Start$/);
  await page.keyboard.press("Enter");
  for (const [i, question] of q.questions.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: question.text })).toBeFocused();
    await page.keyboard.press(String((i % optionLabels(q, question).length) + 1));
    await page.keyboard.press("Enter");
  }
  await tabTo(page, /^See my results$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
}

test("both assessments, the results and the link, without a mouse", async ({ page, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./");
  await tabTo(page, /^Start the assessment$/);
  await page.keyboard.press("Enter");
  // The home page is plain HTML, so the link loads the assessment as a new page.
  await page.waitForURL(`**/assess/${journey().id}/`);
  await takeWithKeys(page, journey());

  await page.goto(`assess/${blunders().id}/`);
  await takeWithKeys(page, blunders());
  await tabTo(page, /^Add your result from/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "How the two results relate" })).toBeVisible();

  // Each section of the report opens from the keyboard.
  for (const name of reportSections()) {
    await tabTo(page, new RegExp(`^${name}`));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name }).getByRole("group").first()).toHaveAttribute("open", "");
  }

  // Every visible control on the report can be reached with Tab, and each shows where focus is.
  await page.evaluate(() => {
    const controls = [...document.querySelectorAll("main a[href], main button, main input, main select, main summary")];
    controls.filter((el) => el.checkVisibility()).forEach((el, i) => el.setAttribute("data-kb", String(i)));
  });
  const total = await page.evaluate(() => document.querySelectorAll("[data-kb]").length);
  expect(total).toBeGreaterThan(10);
  const reached = new Set<string>();
  await page.getByRole("main").focus();
  for (let i = 0; i < total + 30 && reached.size < total; i += 1) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    expect(now.visibleFocus, `focus on <${now.tag}> "${now.text.slice(0, 40)}" must be visible`).toBe(true);
    const mark = await page.evaluate(() => document.activeElement?.getAttribute("data-kb") ?? null);
    if (mark !== null) reached.add(mark);
  }
  expect(reached.size).toBe(total);

  await tabTo(page, /^Copy link$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
