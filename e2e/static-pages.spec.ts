import { expect, test } from "@playwright/test";
import { journey } from "./support/content";
import { inEnglish, routesToCheck } from "./support/routes";

// The pages with an island. Every other exported page should arrive as plain HTML and CSS,
// and no page at all loads Next's runtime: scripts/finish-export.ts takes it out
// (docs/decisions/0001-islands.md).
const INTERACTIVE = ["articles/", "assess/blunders/", "assess/journey/", "compare/", "join/", "results/", "team/"];
// Pages with the lazy "Your latest results" island: a small check of storage, and the panel's
// bundle only when a result is saved (e2e/returning.spec.ts).
const LAZY = ["", "blunders/", "journey/"];

// The language switch's small script runs on every page: it follows a choice this reader made
// and offers a first visitor their browser's language (lib/i18n/choice.ts).
const LANGUAGE = /\/_islands\/language-\w+\.js$/;

test("pages without anything interactive load no script but the language switch's", async ({ page }) => {
  const routes = routesToCheck().filter((r) => !INTERACTIVE.includes(inEnglish(r)) && !LAZY.includes(inEnglish(r)));
  test.setTimeout(10_000 + routes.length * 2_000);
  expect(routes.length).toBeGreaterThan(20);
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  for (const route of routes) {
    // Without scripts nothing can start a request after the load event.
    await page.goto(route, { waitUntil: "load" });
    await expect(page.getByRole("main")).toBeVisible();
    expect(
      scripts.filter((s) => !LANGUAGE.test(s)),
      `scripts requested by /${route}`,
    ).toEqual([]);
    expect(scripts.length, `the language script on /${route}`).toBeLessThanOrEqual(1);
    scripts.length = 0;
  }
});

test("interactive pages load their island's bundle, never Next's runtime, and respond", async ({ page }) => {
  for (const route of [...INTERACTIVE, ...LAZY]) {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(route, { waitUntil: "networkidle" });
    expect(scripts.length, `scripts requested by /${route}`).toBeGreaterThan(0);
    expect(
      scripts.filter((s) => !/\/_islands\/[\w-]+\.js$/.test(s)),
      `/${route}`,
    ).toEqual([]);
    page.removeAllListeners("request");
  }
  // From a page without scripts to the flow, by the link a reader would follow.
  await page.goto("./");
  await page.getByRole("link", { name: "Start the assessment" }).click();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 2, name: journey().questions[0]?.text })).toBeFocused();
});

test("the question page runs no React until the person starts, and the click that starts it is not lost", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("assess/journey/", { waitUntil: "networkidle" });
  // The flow's entry and its check, and the language switch's script; React and the flow are
  // only prefetched (not run) until used.
  expect(scripts.filter((s) => /\/react[\w-]*\.js$/.test(s))).toEqual([]);
  expect(scripts.filter((s) => !LANGUAGE.test(s)).length).toBeLessThanOrEqual(2);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 2, name: journey().questions[0]?.text })).toBeFocused();
  expect(scripts.filter((s) => /\/react-dom-client-\w+\.js$/.test(s))).toHaveLength(1);
});
