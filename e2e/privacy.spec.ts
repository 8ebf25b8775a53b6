import { expect, test } from "@playwright/test";
import { articles } from "./support/articles";
import { blunders, journey } from "./support/content";
import { takeByKeyboard } from "./support/flow";
import { openSection } from "./support/report";

test("every request stays on the site's origin and no answer leaves the fragment", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const requests: URL[] = [];
  const violations: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url())));
  page.on("console", (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `Refused to load: CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample} on ${location.pathname}`,
      ),
    );
  });

  await takeByKeyboard(page, journey(), (i, n) => (i * 3) % n);
  const journeyLink = page.url();
  await takeByKeyboard(page, blunders(), (i) => i % 5);
  await page.getByRole("link", { name: /^Add your result from/ }).click();
  await expect(page.getByRole("heading", { name: "How the two results relate" })).toBeVisible();
  const bothLink = page.url();
  await page.goto(
    `compare/#${new URLSearchParams({ before: journeyLink.split("#")[1]!, after: bothLink.split("#")[1]! })}`,
  );
  await expect(page.getByRole("table", { name: "Change by area" })).toBeVisible();
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill([journeyLink, bothLink].join("\n"));
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 results read" })).toBeVisible();
  await page.goto(`articles/${articles()[0]!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const payloads = [journeyLink, bothLink].flatMap((l) =>
    [...l.split("#")[1]!.matchAll(/=1\.([\w-]+)/g)].map((m) => m[1]!),
  );
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((u) => u.origin !== origin).map(String)).toEqual([]);
  for (const url of requests) {
    for (const payload of payloads) expect(`${url.pathname}${url.search}`, url.href).not.toContain(payload);
  }
  expect(violations).toEqual([]);
  console.log(`privacy: ${requests.length} requests recorded, 0 off-origin, no answer outside the fragment`);
});

test("labels in links are shown as text, never run as HTML", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const label = `<img src=x onerror="alert(1)">`;
  const org = `<script>alert(2)</script>`;
  await takeByKeyboard(page, journey(), () => 2);
  await openSection(page, "Print, download or share");
  await page.getByLabel("Your role or name (optional)").fill(label);
  await page.getByLabel("Organisation (optional)").fill(org);
  await page.getByRole("button", { name: "Add to the link" }).click();
  const who = page.getByRole("paragraph").filter({ hasText: `${label} · ${org}` });
  await expect(who).toBeVisible();
  await page.reload();
  await expect(who).toBeVisible();
  const link = page.url();
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill(link);
  await page.getByRole("button", { name: "Show the team view" }).click();
  await openSection(page, "Respondents");
  await expect(page.getByRole("cell", { name: label })).toBeVisible();
  // Nothing the labels carried became an element: no image, no inline script.
  const injected = await page.evaluate(
    () => document.querySelectorAll('main img, main script:not([src]):not([type="application/json"])').length,
  );
  expect(injected).toBe(0);
  expect(dialogs).toBe(0);
});
