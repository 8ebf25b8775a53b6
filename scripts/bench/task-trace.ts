import type { Browser, Page } from "@playwright/test";
import { z } from "../../lib/zod";

const TraceSchema = z.object({
  traceEvents: z.array(
    z.object({
      name: z.string().optional(),
      ph: z.string().optional(),
      pid: z.number().optional(),
      tid: z.number().optional(),
      ts: z.number().optional(),
      dur: z.number().optional(),
      tdur: z.number().optional(),
      args: z.object({ name: z.string().optional() }).optional(),
    }),
  ),
});

/** One task the page's main thread ran: its wall-clock time and the CPU time it used, in ms. */
export type TracedTask = { wallMs: number; cpuMs: number };

/**
 * The tasks the page's main thread ran while `during` ran, from Chromium's trace. Each carries
 * its CPU time beside its wall-clock time: on a shared machine a task of 5 ms of work can last
 * 500 ms of wall clock while the thread waits for a core, and the CPU time tells the two apart.
 */
export async function tracedTasks<T>(
  browser: Browser,
  page: Page,
  during: () => Promise<T>,
): Promise<{ result: T; tasks: TracedTask[] }> {
  await browser.startTracing(page, { categories: ["disabled-by-default-devtools.timeline"] });
  let result: T;
  try {
    result = await during();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const trace = await browser.stopTracing();
  const { traceEvents } = TraceSchema.parse(JSON.parse(trace.toString("utf8")));
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}/${e.tid}`),
  );
  const tasks = traceEvents.filter((e) => e.ph === "X" && e.name === "RunTask" && mains.has(`${e.pid}/${e.tid}`));
  return { result, tasks: tasks.map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 })) };
}
