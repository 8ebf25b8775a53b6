import { expect, test } from "@playwright/test";
import { journey } from "./support/content";
import { takeByKeyboard } from "./support/flow";

// Run by `npm run test:base-path` against a build made with BASE_PATH=/assessment; in the
// main run it checks the same journey at the root.
const basePath = process.env.BASE_PATH ?? "";

test("a journey works end to end under the base path", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("./");
  await page.getByRole("link", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}/assess/journey/$`));
  await takeByKeyboard(page, journey(), (i, n) => (i * 2) % n);
  await expect(page).toHaveURL(new RegExp(`${basePath}/results/#v=1&journey=1\\.`));
  await expect(page.getByTestId("overall-stage")).toContainText("Stage");
  // Every asset and page request stayed under the base path.
  expect(requests.filter((p) => !p.startsWith(`${basePath}/`))).toEqual([]);
  // A shared link opens under the base path in a fresh context.
  const link = page.url();
  const fresh = await page.context().browser()?.newContext();
  const other = await fresh?.newPage();
  await other?.goto(link);
  await expect(other!.getByTestId("overall-stage")).toContainText("Stage");
  await fresh?.close();
});
