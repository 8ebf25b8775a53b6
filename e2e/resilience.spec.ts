import { expect, test } from "@playwright/test";
import { encodeCompareFragment } from "../lib/compare/compare-link";
import { golden } from "../test/golden-links";
import { journey } from "./support/content";
import { WRAPPERS } from "../test/wrappers";

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
  await page.getByRole("button", { name: "See my results" }).first().click();
  await expect(page.getByRole("region", { name: "Overall stage" })).toBeVisible();
});

test("a huge link is refused with a message, and the page stays responsive", async ({ page }) => {
  await page.goto(`results/#v=1&journey=1.${"A".repeat(1024 * 1024)}`);
  await expect(page.getByRole("alert").filter({ hasText: "far longer than any result link" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a percent-encoded link opens on /results/, and links wrapped by mail systems compare on /compare/", async ({
  page,
}) => {
  const both = golden.links.find((l) => l.name.startsWith("both"))!.fragment;
  await page.goto(`results/#${encodeURIComponent(both)}`);
  await expect(page.getByRole("region", { name: "Overall stage" })).toBeVisible();
  await page.goto("compare/");
  const url = `https://example.org/results/#${both}`;
  await page.getByLabel("Earlier result link (before)").fill(WRAPPERS["Outlook Safe Links"]!(url));
  await page.getByLabel("Later result link (after)").fill(`${WRAPPERS["Proofpoint v3"]!(url)}\u200B`);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("table", { name: "Change by area" }).first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
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

test("when reading and writing storage throw, results, compare, team and the flow still work", async ({ page }) => {
  // Storage exists but every call on it throws, as in some locked-down browsers.
  await page.addInitScript(() => {
    for (const method of ["getItem", "setItem", "removeItem", "key", "clear"] as const) {
      Storage.prototype[method] = () => {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      };
    }
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const link = golden.links.find((l) => l.name.startsWith("both"))!.fragment;

  await page.goto(`results/#${link}`);
  await expect(page.getByRole("region", { name: "Overall stage" })).toBeVisible();
  await page.goto(`compare/#${encodeCompareFragment(link, link)}`);
  await expect(page.getByRole("table", { name: "Change by area" }).first()).toBeVisible();
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill(`#${link}`);
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("table", { name: "Team spread by area" }).first()).toBeVisible();
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: option(0, 1) }).check();
  await expect(page.getByRole("alert").filter({ hasText: "not saving your progress" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a double-click on Next moves on one question, not two", async ({ page }) => {
  await page.goto("assess/journey/");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: option(0, 1) }).check();
  await page.getByRole("button", { name: "Next" }).dblclick();
  await expect(page.getByRole("heading", { level: 2, name: q.questions[1]!.text })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Question 2 of ${q.questions.length}`);
  await page.getByRole("button", { name: "Back" }).dblclick();
  await expect(page.getByRole("heading", { level: 2, name: q.questions[0]!.text })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Question 1 of ${q.questions.length}`);
});
