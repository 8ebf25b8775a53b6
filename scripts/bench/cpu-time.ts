import type { Browser, CDPSession } from "@playwright/test";
import { z } from "../../lib/zod";

const Metrics = z.object({ metrics: z.array(z.object({ name: z.string(), value: z.number() })) });

/**
 * CPU time the page's main thread has spent, in ms (Chromium's own `ThreadTime`). Unlike
 * wall-clock figures it barely moves when other work shares the machine: on 6 December 2026,
 * under a load average of 4–5, five loads of the question page read 65–74 ms of CPU while their
 * tasks took 100–272 ms of wall clock.
 */
export async function threadTimeMs(cdp: CDPSession): Promise<number> {
  const { metrics } = Metrics.parse(await cdp.send("Performance.getMetrics"));
  const value = metrics.find((m) => m.name === "ThreadTime")?.value;
  if (value === undefined) throw new Error("Chromium reported no ThreadTime metric");
  return value * 1000;
}

/**
 * Main-thread CPU time to load a page, in a fresh context: from the new page to the network
 * going quiet, islands hydrated (they hydrate a task after their scripts run, well within it).
 */
export async function loadCpuMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "networkidle" });
    return await threadTimeMs(cdp);
  } finally {
    await context.close();
  }
}
