import type { Browser } from "@playwright/test";
import { threadTimeMs } from "./cpu-time";
import type { LongTasks } from "./results";

// Plain strings, so they run in the page as written, and cost what a leader's browser pays:
// Playwright's role locators would run their own script in the page, counted as ours.
const OBSERVE = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchLongTask(entry.duration);
}).observe({ type: "longtask" });`;
const START = `[...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start").click();`;
/** The focused heading's text: each question focuses its own, and the review its title. */
const FOCUSED = `document.activeElement?.textContent ?? ""`;
const OPTIONS = `document.querySelectorAll('input[type="radio"]').length`;
const REVIEW = "Review your answers";

/**
 * Answers every question of the page's questionnaire with the number keys and Enter, the CPU
 * `cpuSlowdown` times slower, and sums each long task (over 50 ms) the browser reports from
 * Start to the review. Loading the page is left out: this is about the moments between an
 * answer and the next question. It also reads the main thread's CPU time over the same span,
 * which other work on the machine hardly moves. It reads the questions from the page, not from content/, so
 * the same steps answer any version's flow, the baseline's too.
 */
export async function longTasksWhileAnswering(browser: Browser, url: string, cpuSlowdown: number): Promise<LongTasks> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tasks: number[] = [];
  let cpuMs = 0;
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.exposeFunction("benchLongTask", (ms: number) => tasks.push(ms));
    await page.goto(url, { waitUntil: "networkidle" });
    await cdp.send("Performance.enable");
    await page.evaluate(OBSERVE);
    const before = await threadTimeMs(cdp);
    let shown = "";
    await page.evaluate(START);
    for (let i = 0; ; i += 1) {
      const heading = await page.waitForFunction(
        `(${FOCUSED}) !== ${JSON.stringify(shown)} && (${FOCUSED})`,
        undefined,
        {
          polling: 20,
        },
      );
      shown = String(await heading.jsonValue());
      if (shown.trim() === REVIEW) break;
      const options = Number(await page.evaluate(OPTIONS));
      await page.keyboard.press(String(((i * 5 + 2) % Math.max(1, options)) + 1));
      await page.keyboard.press("Enter");
    }
    // Long-task entries arrive after the task ends: a frame lets the last one through.
    await page.evaluate(`new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`);
    cpuMs = (await threadTimeMs(cdp)) - before;
  } finally {
    await context.close();
  }
  return {
    cpuSlowdown,
    cpuMs,
    count: tasks.length,
    maxMs: Math.max(0, ...tasks),
    totalMs: tasks.reduce((a, b) => a + b, 0),
  };
}
