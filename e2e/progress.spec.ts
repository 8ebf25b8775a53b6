import { expect, test } from "@playwright/test";
import { journey } from "./support/content";

const q = journey();

test("progress survives a reload and can be resumed", async ({ page }) => {
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: q.questions[0]!.options[1]!.label }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: q.questions[1]!.options[2]!.label }).check();
  await page.reload();
  await expect(page.getByRole("main")).toContainText(`2 of ${q.questions.length} questions answered`);
  await page.getByRole("button", { name: "Resume where I left off" }).click();
  await expect(page.getByRole("heading", { level: 2, name: q.questions[1]!.text })).toBeVisible();
  await expect(page.getByRole("radio", { name: q.questions[1]!.options[2]!.label })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: q.questions[0]!.options[1]!.label })).toBeChecked();
});

test("starting over forgets saved answers", async ({ page }) => {
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: q.questions[0]!.options[1]!.label }).check();
  await page.reload();
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("radio", { name: q.questions[0]!.options[1]!.label })).not.toBeChecked();
});

for (const [name, stored] of [
  ["corrupt", "{{{ not json"],
  [
    "foreign",
    JSON.stringify({ format: 1, questionnaireId: "journey", version: 999, answers: {}, position: 0, savedAt: "x" }),
  ],
] as const) {
  test(`${name} saved progress is discarded with a notice`, async ({ page }) => {
    await page.goto("assess/journey/");
    await page.evaluate((text) => localStorage.setItem("outside-in:progress:journey", text), stored);
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText(
      "We could not use the progress saved in this browser",
    );
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByRole("heading", { level: 2, name: q.questions[0]!.text })).toBeVisible();
  });
}

test("when storage refuses to save, answers stay and the user is told once", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: q.questions[0]!.options[3]!.label }).check();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("not saving your progress");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: q.questions[0]!.options[3]!.label })).toBeChecked();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "a results link with your answers so far" })).toHaveAttribute(
    "href",
    /results\/#v=2&journey=/,
  );
});
