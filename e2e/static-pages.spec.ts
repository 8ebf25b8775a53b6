import { expect, test } from "@playwright/test";
import { journey } from "./support/content";
import { exportedRoutes } from "./support/routes";

// The pages built on our client components. Every other exported page should arrive as plain
// HTML and CSS, with Next's scripts taken out by scripts/finish-export.ts (issue 6).
const INTERACTIVE = ["articles/", "assess/blunders/", "assess/journey/", "compare/", "results/", "team/"];

test("pages without anything interactive load no script at all", async ({ page }) => {
  const routes = exportedRoutes().filter((r) => !INTERACTIVE.includes(r));
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
    expect(scripts, `scripts requested by /${route}`).toEqual([]);
  }
});

test("interactive pages still load their scripts and respond", async ({ page }) => {
  for (const route of INTERACTIVE) {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(route, { waitUntil: "networkidle" });
    expect(scripts.length, `scripts requested by /${route}`).toBeGreaterThan(0);
    page.removeAllListeners("request");
  }
  // From a page without scripts to the flow, by the link a reader would follow.
  await page.goto("./");
  await page.getByRole("link", { name: "Start the assessment" }).click();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 2, name: journey().questions[0]?.text })).toBeFocused();
});
