import { expect, test, type Page } from "@playwright/test";
import { journey, shown } from "./support/content";
import { expectedJourney, journeyPlan } from "./support/expected";
import { openSection, radarDrawn } from "./support/report";

const q = journey();

const plan = journeyPlan;

/** Expected per-area scores and overall stage, computed from the content file. */
const expected = () => expectedJourney(plan);

async function checkResults(page: Page) {
  const want = expected();
  await expect(page.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overall stage" })).toContainText(`Stage ${want.stage} of 6:`);
  // The radar is in the summary; the table with every area is in the journey's section.
  const radar = await radarDrawn(page, /^Radar chart of stage by area/);
  await openSection(page, q.title);
  const table = page.getByRole("table", { name: /Stage by area/ });
  for (const area of want.areas) {
    const row = table.getByRole("row", { name: new RegExp(`^${area.name}`) });
    await expect(row).toContainText(area.score === null ? "Not enough answers" : `${shown(area.score)} of 6`);
  }
  // Two outlines: where the organisation is now, and its targets.
  expect(await radar.evaluate((figure) => figure.querySelectorAll("polygon[data-series]").length)).toBe(2);
}

test("answers every journey question by keyboard and gets the computed result", async ({ page }) => {
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  for (const [i, question] of q.questions.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: question.text })).toBeFocused();
    await expect(page.getByRole("main")).toContainText(`Question ${i + 1} of ${q.questions.length}`);
    const choice = plan(i, question.options.length);
    if (choice === "dont-know") await page.keyboard.press(String(question.options.length + 1));
    else if (choice !== null) await page.keyboard.press(String(choice + 1));
    if (typeof choice === "number")
      await expect(page.getByRole("radio", { name: question.options[choice]!.label })).toBeChecked();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
  const skipped = q.questions.filter((_, i) => plan(i, 6) === null).length;
  await expect(page.getByRole("status")).toContainText(`${skipped} question`);
  await page.keyboard.press("Tab");
  await page.getByRole("button", { name: "See my results" }).first().focus();
  await page.keyboard.press("Enter");
  await checkResults(page);

  // The result lives in the URL: reloading it shows the same result.
  await page.reload();
  await checkResults(page);
});

test("answers every journey question by mouse, editing one from the review", async ({ page }) => {
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  for (const [i, question] of q.questions.entries()) {
    const choice = plan(i, question.options.length);
    if (choice === "dont-know") await page.getByRole("radio", { name: "Don't know" }).check();
    else if (choice !== null) await page.getByRole("radio", { name: question.options[choice]!.label }).check();
    await page.getByRole("button", { name: i + 1 === q.questions.length ? "Review answers" : "Next" }).click();
  }
  // Change the first answer to something else and back again, through the review. Parts that
  // are fully answered start closed; the one just changed stays open.
  const first = q.questions[0]!;
  await expect(page.getByRole("button", { name: "Change question 1", exact: true })).toBeHidden();
  await page.getByText(`Part 1: ${q.dimensions[0]!.name}`).click();
  await page.getByRole("button", { name: "Change question 1", exact: true }).click();
  await page.getByRole("radio", { name: first.options[0]!.label }).check();
  await page.getByRole("button", { name: "Back to review" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: first.text })).toContainText(first.options[0]!.label);
  await page.getByRole("button", { name: "Change question 1", exact: true }).click();
  const planned = plan(0, first.options.length);
  if (typeof planned !== "number") throw new Error("the plan must answer question 1");
  await page.getByRole("radio", { name: first.options[planned]!.label }).check();
  await page.getByRole("button", { name: "Back to review" }).click();
  await page.getByRole("button", { name: "See my results" }).first().click();
  await checkResults(page);
});
