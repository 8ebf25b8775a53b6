import type { Browser } from "@playwright/test";
import { threadTimeMs } from "./cpu-time";
import type { LongTasks } from "./results";

// Plain strings, so they run in the page as written, and cost what a leader's browser pays:
// Playwright's role locators and polling would run their own script in the page, counted as
// ours. The page itself says when the focused heading changes (each question focuses its own,
// the review its title), from a mutation observer, so nothing polls.
const OBSERVE = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchLongTask(entry.duration);
}).observe({ type: "longtask" });
let shown = null;
const tell = () => {
  const el = document.activeElement;
  if (!el || !/^H[1-6]$/.test(el.tagName)) return;
  const text = el.textContent ?? "";
  if (text !== shown) { shown = text; window.benchFocus(text); }
};
new MutationObserver(tell).observe(document.body, { subtree: true, childList: true, characterData: true });
document.addEventListener("focusin", tell);`;
const START = `[...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start").click();`;
const OPTIONS = `document.querySelectorAll('input[type="radio"]').length`;
const REVIEW = "Review your answers";

/** Focus changes as the page reports them, awaited one at a time. */
function focusQueue() {
  const waiting: ((text: string) => void)[] = [];
  const arrived: string[] = [];
  return {
    push: (text: string) => {
      const next = waiting.shift();
      if (next) next(text);
      else arrived.push(text);
    },
    next: () =>
      new Promise<string>((resolve) => {
        const text = arrived.shift();
        if (text === undefined) waiting.push(resolve);
        else resolve(text);
      }),
  };
}

/**
 * Answers every question of the page's questionnaire with the number keys and Enter, the CPU
 * `cpuSlowdown` times slower, and sums each long task (over 50 ms) the browser reports from
 * Start to the review. Loading the page is left out: this is about the moments between an
 * answer and the next question. It also reads the main thread's CPU time over the same span,
 * which other work on the machine hardly moves. It reads the questions from the page, not from
 * content/, so the same steps answer any version's flow, the baseline's too.
 */
export async function longTasksWhileAnswering(browser: Browser, url: string, cpuSlowdown: number): Promise<LongTasks> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tasks: number[] = [];
  const focus = focusQueue();
  let cpuMs = 0;
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.exposeFunction("benchLongTask", (ms: number) => tasks.push(ms));
    await page.exposeFunction("benchFocus", focus.push);
    await page.goto(url, { waitUntil: "networkidle" });
    await cdp.send("Performance.enable");
    await page.evaluate(OBSERVE);
    const before = await threadTimeMs(cdp);
    await page.evaluate(START);
    let shown: string;
    for (let i = 0; ; i += 1) {
      // The heading focused after Start, or after the last answer's Enter.
      shown = await focus.next();
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
