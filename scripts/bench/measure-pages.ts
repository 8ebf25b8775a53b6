import type { BenchPage } from "./pages";
import { pageUrl } from "./pages";
import type { LighthouseRun } from "./lighthouse-report";
import type { LongTasks, PageResult, PageWeight } from "./results";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { launchBrowser } from "./chromium";
import { startLighthouse } from "./lighthouse";
import { longTasksWhileAnswering } from "./long-tasks";
import { measurePageWeight } from "./page-weight";
import { serveOut, statusOf } from "./server";

type Options = {
  port: number;
  runs: number;
  pages: BenchPage[];
  /** The questionnaire answered while long tasks are recorded. */
  questionnaire: Questionnaire | undefined;
  log: (line: string) => void;
};

/** CPU slowdowns for the long-task count: this machine as it is, and a mid-range phone. */
const SLOWDOWNS = [1, 4] as const;

/** Serves out/ and measures every page: Lighthouse first, alone on the CPU, then the weights. */
export async function measurePages({ port, runs, pages, questionnaire, log }: Options) {
  const server = await serveOut(port);
  try {
    const built: BenchPage[] = [];
    for (const page of pages) {
      const status = await statusOf(server.origin, page.path);
      if (status === 200) built.push(page);
      else if (!(status === 404 && page.pending))
        throw new Error(`${page.path} answered ${status}; the bench needs it to be 200`);
    }
    const lighthouse = await startLighthouse();
    const scores = new Map<BenchPage, LighthouseRun>();
    try {
      for (const page of built) {
        log(`Lighthouse × ${runs}: ${page.name} …`);
        scores.set(page, (await lighthouse.measure(pageUrl(server.origin, page), runs)).median);
      }
    } finally {
      await lighthouse.close();
    }
    const browser = await launchBrowser();
    const weights = new Map<BenchPage, PageWeight>();
    const longTasks: LongTasks[] = [];
    try {
      for (const page of built) {
        log(`weighing ${page.name} …`);
        weights.set(
          page,
          await measurePageWeight(browser, pageUrl(server.origin, page), { open: page.open, chart: page.charts }),
        );
      }
      for (const slowdown of questionnaire ? SLOWDOWNS : []) {
        log(`answering ${questionnaire?.id} with the CPU ${slowdown}× slower …`);
        if (questionnaire)
          longTasks.push(await longTasksWhileAnswering(browser, server.origin, questionnaire, slowdown));
      }
    } finally {
      await browser.close();
    }
    const results = pages.map((page): PageResult => {
      const [score, weight] = [scores.get(page), weights.get(page)];
      return score && weight ? { page, status: "measured", lighthouse: score, weight } : { page, status: "not-built" };
    });
    return { pages: results, longTasks, lighthouseVersion: lighthouse.version() };
  } finally {
    server.stop();
  }
}
