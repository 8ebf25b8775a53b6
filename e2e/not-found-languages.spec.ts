import { expect, test } from "@playwright/test";
import { messagesFor } from "../lib/i18n/messages";

// A static host serves the nearest 404.html up the path (scripts/serve.mjs does as Netlify,
// Cloudflare Pages and `serve` do): a mistyped address under /de/ reads in German.
test("an unknown address under /de/ shows the German 404 page, with status 404", async ({ page, request }) => {
  const { notFound } = messagesFor("de").chrome;
  expect((await request.get("de/404.html")).status()).toBe(404);
  const response = await page.goto("de/does-not-exist/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page.getByRole("heading", { level: 1, name: notFound.title })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(messagesFor("en").chrome.notFound.lead);
  await page.getByRole("link", { name: notFound.home }).click();
  await expect(page).toHaveURL(/\/de\/$/);
});
