/**
 * The question flow's two bench figures (long tasks and main-thread CPU answering the journey,
 * 4× CPU) for several built exports side by side, printed, not judged: the bench measures only
 * this tree and one baseline, and this answers "which commit made it dearer". Each round answers
 * on every side once, in an order that rotates, with the bench's own code
 * (scripts/bench/long-tasks.ts); then, on a fresh page, the Start tap alone: from the click to the
 * first question's heading focused, its CPU time and its long tasks.
 *
 *   npx tsx scripts/measure-flow.ts base=/tmp/outside-in-bench/195c5149bf1c/out ours=out
 *   MEASURE_ROUNDS=7 MEASURE_PORT=3410 npx tsx scripts/measure-flow.ts a=out-a b=out-b c=out-c
 *
 * Each export is served on its own port from MEASURE_PORT (default 3410) upwards.
 */
import type { Browser } from "@playwright/test";
import { launchBrowser } from "./bench/chromium";
import { threadTimeMs } from "./bench/cpu-time";
import { longTasksWhileAnswering } from "./bench/long-tasks";
import { QUESTION_PAGE } from "./bench/pages";
import { rotatedRounds } from "./bench/rounds";
import { serveOut } from "./bench/server";
import { median } from "./bench/stats";

const CPU_SLOWDOWN = 4;
const rounds = Math.max(1, Number(process.env.MEASURE_ROUNDS ?? 5));
const firstPort = Number(process.env.MEASURE_PORT ?? 3410);
const sides = process.argv.slice(2).map((arg, i) => {
  const [name = "", dir = ""] = arg.split("=");
  if (!name || !dir) throw new Error(`"${arg}" is not name=folder (a built export, such as out)`);
  return { name, dir, port: firstPort + i };
});
if (sides.length === 0) throw new Error("Name at least one built export: name=folder");

// As in long-tasks.ts: plain strings run in the page, so nothing of Playwright's is counted.
const OBSERVE = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchLongTask(entry.duration);
}).observe({ type: "longtask" });`;
const START_TO_QUESTION = `new Promise((done) => {
  const shown = () => /^H[1-6]$/.test(document.activeElement?.tagName ?? "");
  const check = () => shown() && done(true);
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true });
  document.addEventListener("focusin", check);
  [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start").click();
})`;
const SETTLE = `new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;

/** The Start tap alone, on a fresh page: CPU time and long tasks from the click to the first question. */
async function startTap(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tasks: number[] = [];
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.exposeFunction("benchLongTask", (ms: number) => tasks.push(ms));
    await page.goto(url, { waitUntil: "networkidle" });
    await cdp.send("Performance.enable");
    await page.evaluate(OBSERVE);
    const before = await threadTimeMs(cdp);
    await page.evaluate(START_TO_QUESTION);
    await page.evaluate(SETTLE);
    return { cpuMs: (await threadTimeMs(cdp)) - before, longMs: tasks.reduce((a, b) => a + b, 0) };
  } finally {
    await context.close();
  }
}

const figures = ["long tasks answering", "CPU answering", "Start CPU", "Start long tasks"] as const;
type Figure = (typeof figures)[number];
const runs = new Map(sides.map((s) => [s.name, new Map<Figure, number[]>(figures.map((f) => [f, []]))]));
const note = (side: string, figure: Figure, ms: number) => runs.get(side)?.get(figure)?.push(ms);

const servers = await Promise.all(sides.map((s) => serveOut(s.port, s.dir)));
const browser = await launchBrowser();
try {
  for (const [i, order] of rotatedRounds(sides, rounds).entries()) {
    for (const side of order) {
      const url = `http://127.0.0.1:${side.port}${QUESTION_PAGE}`;
      const answered = await longTasksWhileAnswering(browser, url, CPU_SLOWDOWN);
      const start = await startTap(browser, url);
      note(side.name, "long tasks answering", answered.totalMs);
      note(side.name, "CPU answering", answered.cpuMs);
      note(side.name, "Start CPU", start.cpuMs);
      note(side.name, "Start long tasks", start.longMs);
      console.error(
        `round ${i + 1} ${side.name}: long tasks ${answered.totalMs.toFixed(0)} ms, CPU ${answered.cpuMs.toFixed(0)} ms; Start CPU ${start.cpuMs.toFixed(0)} ms, long tasks ${start.longMs.toFixed(0)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}

const ms = (values: readonly number[]) => (values.length > 0 ? median(values).toFixed(0) : "–");
console.log(`\n${QUESTION_PAGE} answered at ${CPU_SLOWDOWN}× CPU, medians of ${rounds} rounds, ms\n`);
console.log(`| side | ${figures.join(" | ")} |`);
console.log(`| --- | ${figures.map(() => "---").join(" | ")} |`);
for (const [name, byFigure] of runs)
  console.log(`| ${name} | ${figures.map((f) => ms(byFigure.get(f) ?? [])).join(" | ")} |`);
