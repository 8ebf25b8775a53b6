import type { BenchPage } from "./pages";
import { pageUrl } from "./pages";
import type { LongTasks, PageResult, PageWeight } from "./results";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { launchBrowser } from "./chromium";
import type { Budgets } from "./budgets";
import { runLighthouseCi } from "./lhci";
import { lighthouseVerdicts } from "./check-budgets";
import { longTasksWhileAnswering } from "./long-tasks";
import { measurePageWeight } from "./page-weight";
import { serveOut, statusOf } from "./server";

type Options = {
  port: number;
  runs: number;
  budgets: Budgets;
  pages: BenchPage[];
  /** The questionnaire answered while long tasks are recorded. */
  questionnaire: Questionnaire | undefined;
  log: (line: string) => void;
};

/** CPU slowdowns for the long-task count: this machine as it is, and a mid-range phone. */
const SLOWDOWNS = [1, 4] as const;

/** Serves out/ and measures every page: Lighthouse first, alone on the CPU, then the weights. */
export async function measurePages({ port, runs, budgets, pages, questionnaire, log }: Options) {
  const server = await serveOut(port);
  try {
    for (const page of pages) {
      const status = await statusOf(server.origin, page.path);
      if (status !== 200) throw new Error(`${page.path} answered ${status}; the bench needs it to be 200`);
    }
    log(`Lighthouse CI × ${runs}: ${pages.map((p) => p.name).join(", ")} …`);
    const lighthouse = runLighthouseCi(server.origin, pages, runs, budgets);
    const browser = await launchBrowser();
    const weights = new Map<BenchPage, PageWeight>();
    const longTasks: LongTasks[] = [];
    try {
      for (const page of pages) {
        log(`weighing ${page.name} …`);
        weights.set(
          page,
          await measurePageWeight(browser, pageUrl(server.origin, page), { chart: page.charts, ready: page.ready }),
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
      const [score, weight] = [lighthouse.medians.get(pageUrl(server.origin, page)), weights.get(page)];
      if (!score || !weight) throw new Error(`${page.name} was not measured: see bench/lhci/ for LHCI's logs`);
      return { page, lighthouse: score, weight };
    });
    return {
      pages: results,
      longTasks,
      lighthouseVersion: lighthouse.version,
      verdicts: lighthouseVerdicts(lighthouse.assertions, pages, server.origin),
    };
  } finally {
    server.stop();
  }
}
