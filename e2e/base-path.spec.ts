import { expect, test } from "@playwright/test";
import { journey } from "./support/content";
import { takeByKeyboard } from "./support/flow";
import { readHead } from "./support/head";
import { site } from "./support/site";

// Run by npm run test:e2e against out-base/, built with BASE_PATH=/assessment and no SITE_URL,
// as `npm start` builds: everything under the base path, and no address that names a host.
test.skip(site.basePath === "" || site.origin !== null, "needs the base-path build without SITE_URL");
const basePath = site.basePath;

test("a journey works end to end under the base path", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("./");
  await page.getByRole("link", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}/assess/${journey().id}/$`));
  await takeByKeyboard(page, journey(), (i, n) => (i * 2) % n);
  await expect(page).toHaveURL(new RegExp(`${basePath}/results/#v=2&${journey().id}=${journey().version}\\.`));
  await expect(page.getByRole("region", { name: "Overall stage" })).toContainText(/Stage \d of 6/);
  // Every asset and page request stayed under the base path.
  expect(requests.filter((p) => !p.startsWith(`${basePath}/`))).toEqual([]);
  // A shared link opens under the base path in a fresh context.
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("region", { name: "Overall stage" })).toContainText(/Stage \d of 6/);
  await fresh.close();
});

test("without SITE_URL, addresses are relative and nothing names a host", async ({ page, request }) => {
  await page.goto("articles/");
  const head = await readHead(page);
  expect(head.canonical).toBe(`${basePath}/articles/`);
  expect(head.feed).toBe(`${basePath}/feed.xml`);
  expect(head.meta["og:url"]).toBeUndefined();
  expect(head.meta["og:image"]).toBeUndefined();
  expect(head.meta["twitter:card"]).toBe("summary");

  const feed = await (await request.get("feed.xml")).text();
  expect(feed).toContain(`href="${basePath}/feed.xml"`);
  expect(feed).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
  expect(await (await request.get("robots.txt")).text()).not.toContain("Sitemap:");
  expect(await (await request.get("sitemap.xml")).text()).not.toContain("<url>");
});
