/**
 * Whether the team page freezes while it takes in the most a consultant may give it: a file of
 * just under 2 MB (the size the page accepts) of each adversarial family of input
 * (test/adversarial.ts) and of ordinary result links, loaded with the page's file picker and
 * read with "Show the team view", the CPU slowed 4× as on a mid-range phone; and a 5 MB file,
 * which is refused. Prints, per input, the longest task the main thread ran from choosing the
 * file to the view's status line (a freeze is a task of a second or more), the longest of those
 * before the box held the file, all long tasks together, and the time taken. Printed, not asserted: timings on a shared machine are noisy.
 *
 *   npm run build && (OUT_DIR=out PORT=3300 node scripts/serve.mjs &)
 *   npx tsx scripts/measure-freeze.ts http://127.0.0.1:3300
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { FAMILIES } from "../test/adversarial";
import { MAX_TEAM_BYTES } from "../lib/team-input/caps";
import { loadCatalogue, loadCurrentQuestionnaires } from "../lib/content/assessments/load-questionnaires";
import { launchBrowser } from "./bench/chromium";
import { fixtureFragments } from "./bench/fixture-links";

const CPU_SLOWDOWN = 4;
const origin = process.argv[2];
if (!origin) throw new Error("Usage: npx tsx scripts/measure-freeze.ts <origin serving out/>");

/** Text of at most `bytes` bytes in UTF-8, cut at a character. */
function upTo(text: string, bytes: number): string {
  const buffer = Buffer.from(text, "utf8");
  return buffer.length <= bytes
    ? text
    : buffer
        .subarray(0, bytes)
        .toString("utf8")
        .replace(/\uFFFD$/, "");
}

const links = fixtureFragments(loadCurrentQuestionnaires(), loadCatalogue(), 5000)
  .map((f) => `https://example.org/results/#${f}`)
  .join("\n");
const limit = MAX_TEAM_BYTES - 1024;
const only = process.env.ONLY?.split(",");
const all: { name: string; text: string }[] = [
  { name: "5,000 result links (ordinary)", text: upTo(links, limit) },
  ...Object.entries(FAMILIES).map(([name, make]) => ({ name, text: upTo(make(limit), limit) })),
  { name: "5 MB of link starts (refused)", text: FAMILIES["link starts"]!(5 * 1024 * 1024) },
];
// ONLY=name,name measures just those inputs.
const inputs = only ? all.filter((i) => only.some((o) => i.name.startsWith(o))) : all;

const OBSERVE = `window.__tasks = []; new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__tasks.push(e.duration);
}).observe({ type: "longtask" });`;

async function measure(browser: Browser, name: string, text: string) {
  const file = join(folder, "leaders.txt");
  writeFileSync(file, text, "utf8");
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/team/`, { waitUntil: "networkidle" });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.evaluate(OBSERVE);
    const started = Date.now();
    // From a file on disk, as a person picks one: given as a buffer, Playwright would build the
    // File in the page's own script, one long task of its own that no person's pick runs.
    await page.getByLabel("Or load a text or CSV file of links").setInputFiles(file);
    // Refused: an alert. Taken in: into the box, or held beside it when too long for it
    // (lib/team-input/beside-the-box.ts); then the view is asked for and read.
    const outcome = await Promise.race([
      page
        .getByRole("alert")
        .first()
        .waitFor({ timeout: 300_000 })
        .then(() => "refused" as const),
      page
        .getByRole("status")
        .filter({ hasText: /^(Added the lines of leaders\.txt|leaders\.txt is too long to show)/ })
        .waitFor({ timeout: 300_000 })
        .then(() => "added" as const),
    ]);
    // The tasks so far are the file's way into the box; the rest are reading it.
    const intoBox = await page.evaluate<number[]>("window.__tasks.slice()");
    if (outcome === "added") {
      await page.getByRole("button", { name: "Show the team view" }).click();
      await page.waitForFunction(
        () => / read[,.]/.test(document.querySelector(".overall-value")?.textContent ?? ""),
        null,
        { timeout: 300_000, polling: 250 },
      );
    }
    const seconds = (Date.now() - started) / 1000;
    await page.evaluate(`new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`);
    const tasks = await page.evaluate<number[]>("window.__tasks");
    return {
      input: name,
      MB: Number((Buffer.byteLength(text) / 1024 / 1024).toFixed(2)),
      outcome,
      "longest task ms": Math.round(Math.max(0, ...tasks)),
      "longest into the box": Math.round(Math.max(0, ...intoBox)),
      "long tasks ms": Math.round(tasks.reduce((a, b) => a + b, 0)),
      "seconds to done": Number(seconds.toFixed(1)),
    };
  } finally {
    await context.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), "measure-freeze-"));
const browser = await launchBrowser();
const rows = [];
for (const { name, text } of inputs) {
  const row = await measure(browser, name, text);
  console.error(JSON.stringify(row));
  rows.push(row);
}
await browser.close();
rmSync(folder, { recursive: true, force: true });
console.log(`Team page, CPU ${CPU_SLOWDOWN}× slower, each input loaded as a file and read:`);
console.table(rows);
