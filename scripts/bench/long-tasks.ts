import type { Browser } from "@playwright/test";
import { optionLabels } from "../../lib/questionnaire/answers";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import type { LongTasks } from "../../lib/bench/results";

// A plain string, so it runs in the page as written: tasks over 50 ms go back to Node.
const OBSERVE = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchLongTask(entry.duration);
}).observe({ type: "longtask" });`;

/**
 * Answers every question by tapping an option and "Next", as a leader on a phone would, and
 * records each long task (over 50 ms) the browser reports from Start to the review. Loading
 * the page is left out: this is about the moments between a tap and the next question.
 */
export async function longTasksWhileAnswering(browser: Browser, origin: string, q: Questionnaire, cpuSlowdown: number): Promise<LongTasks> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tasks: number[] = [];
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.exposeFunction("benchLongTask", (ms: number) => tasks.push(ms));
    await page.goto(`${origin}/assess/${q.id}/`, { waitUntil: "networkidle" });
    await page.evaluate(OBSERVE);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    for (const [i, question] of q.questions.entries()) {
      const labels = optionLabels(q, question);
      const label = labels[(i * 5 + 2) % labels.length] ?? "Don't know";
      await page.getByRole("radio", { name: label, exact: true }).check();
      await page.getByRole("button", { name: i + 1 === q.questions.length ? "Review answers" : "Next", exact: true }).click();
    }
    await page.getByRole("heading", { name: "Review your answers" }).waitFor();
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
