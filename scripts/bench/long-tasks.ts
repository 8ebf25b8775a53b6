import type { Browser } from "@playwright/test";
import { optionLabels } from "../../lib/questionnaire/answers";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import type { LongTasks } from "./results";

// A plain string, so it runs in the page as written: tasks over 50 ms go back to Node.
const OBSERVE = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchLongTask(entry.duration);
}).observe({ type: "longtask" });`;
// A tap on Start, without Playwright's locator engine.
const START = `[...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start").click();`;

/** True once the page shows (and has focused) the heading with this text: a cheap check. */
const showing = (text: string) => `document.activeElement?.textContent === ${JSON.stringify(text)}`;

/**
 * Answers every question with the number keys and Enter, and records each long task (over
 * 50 ms) the browser reports from Start to the review. Keys, not Playwright's role locators:
 * those run their own script in the page, which would be counted as ours. Loading the page
 * is left out: this is about the moments between an answer and the next question.
 */
export async function longTasksWhileAnswering(
  browser: Browser,
  origin: string,
  q: Questionnaire,
  cpuSlowdown: number,
): Promise<LongTasks> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tasks: number[] = [];
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.exposeFunction("benchLongTask", (ms: number) => tasks.push(ms));
    await page.goto(`${origin}/assess/${q.id}/`, { waitUntil: "networkidle" });
    await page.evaluate(OBSERVE);
    await page.evaluate(START);
    for (const [i, question] of q.questions.entries()) {
      await page.waitForFunction(showing(question.text), undefined, { polling: 20 });
      const choice = (i * 5 + 2) % optionLabels(q, question).length;
      await page.keyboard.press(String(choice + 1));
      await page.keyboard.press("Enter");
    }
    await page.waitForFunction(showing("Review your answers"), undefined, { polling: 20 });
    // Long-task entries arrive after the task ends: let the last one through.
    await page.waitForTimeout(500);
  } finally {
    await context.close();
  }
  return {
    cpuSlowdown,
    count: tasks.length,
    maxMs: Math.max(0, ...tasks),
    totalMs: tasks.reduce((a, b) => a + b, 0),
  };
}
