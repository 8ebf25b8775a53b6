import { expect, test } from "@playwright/test";
import { journey } from "./support/content";

const q = journey();
const option = (i: number, o: number) => q.questions[i]!.options[o]!.label;

test("with storage disabled the assessment still works and says progress will not survive", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: option(0, 2) }).check();
  await expect(page.getByRole("alert").filter({ hasText: "not saving your progress" })).toBeVisible();
  for (let i = 0; i < q.questions.length; i += 1)
    await page.getByRole("button", { name: /^(Next|Review answers)$/ }).click();
  await page.getByRole("button", { name: "See my results" }).click();
  await expect(page.getByRole("region", { name: "Overall stage" })).toBeVisible();
});

test("a huge link is refused with a message, and the page stays responsive", async ({ page }) => {
  await page.goto(`results/#v=1&journey=1.${"A".repeat(1024 * 1024)}`);
  await expect(page.getByRole("alert").filter({ hasText: "far longer than any result link" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("two tabs on one assessment never overwrite each other silently", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto("assess/journey/");
    await page.getByRole("button", { name: "Start" }).click();
  }
  await first.getByRole("radio", { name: option(0, 1) }).check();
  await second.getByRole("radio", { name: option(0, 4) }).check();
  // The second tab's save reaches the first, which stops saving and asks.
  const notice = first.getByRole("alert").filter({ hasText: "also open in another tab" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("The other tab: 1 of");
  await first.getByRole("button", { name: "Use the other tab's answers" }).click();
  await expect(first.getByRole("radio", { name: option(0, 4) })).toBeChecked();
  await expect(notice).toBeHidden();
  // Keeping this tab's answers is an explicit choice, and then the other tab is told.
  await first.getByRole("radio", { name: option(0, 0) }).check();
  await expect(second.getByRole("alert").filter({ hasText: "also open in another tab" })).toBeVisible();
  await second.getByRole("button", { name: "Keep this tab's answers" }).click();
  await expect(second.getByRole("radio", { name: option(0, 4) })).toBeChecked();
});
