import type { Browser } from "@playwright/test";
import { launchBrowser } from "./chromium";
import { loadCpuMs } from "./cpu-time";
import { clearReports, collectRun, readRuns } from "./lhci";
import { longTasksWhileAnswering } from "./long-tasks";
import { measurePageWeight } from "./page-weight";
import { pageUrl, peerUrl, QUESTION_PAGE, type BenchPage, type PeerPage } from "./pages";
import type { LongTasks, PageRuns, PageWeight } from "./results";
import { rotatedRounds } from "./rounds";
import { statusOf } from "./server";

/** A served site the bench measures: ours, the baseline's, or the peer's. */
export type Served = { name: "ours" | "baseline" | "peer"; origin: string };

type Options = {
  sides: { ours: Served; baseline: Served; peer: Served | null };
  pages: readonly BenchPage[];
  rounds: number;
  log: (line: string) => void;
};

/** The CPU slowdown of a mid-range phone, at which the question flow's long tasks are counted. */
const PHONE_CPU = 4;

/** Fails early, naming the page, when a side does not serve one the bench needs. */
async function checkServed(origin: string, paths: readonly string[]) {
  for (const path of paths) {
    const status = await statusOf(origin, path);
    if (status !== 200) throw new Error(`${origin}${path} answered ${status}; the bench needs it to be 200`);
  }
}

/** Each round's runs: every page on each side (the peer's pages once), sides rotated. */
function roundRuns({ sides, pages, rounds }: Options): { side: Served; url: string }[][] {
  const peerPages = [...new Set(pages.flatMap((p) => (p.peer ? [p.peer] : [])))];
  const served = [sides.ours, sides.baseline, ...(sides.peer ? [sides.peer] : [])];
  return rotatedRounds(served, rounds).map((order) =>
    order.flatMap((side) =>
      side.name === "peer"
        ? peerPages.map((p: PeerPage) => ({ side, url: peerUrl(side.origin, p) }))
        : pages.map((page) => ({ side, url: pageUrl(side.origin, page) })),
    ),
  );
}

async function weigh(browser: Browser, origin: string, pages: readonly BenchPage[]) {
  const weights = new Map<BenchPage, PageWeight>();
  for (const page of pages)
    weights.set(
      page,
      await measurePageWeight(browser, pageUrl(origin, page), { chart: page.charts, ready: page.ready }),
    );
  return weights;
}

type Cpu = PageRuns["cpu"];

/** Main-thread CPU to load every page on each side, and the peer's pages, round after round. */
async function cpuRounds(browser: Browser, { sides, pages, rounds, log }: Options): Promise<Map<BenchPage, Cpu>> {
  const cpu = new Map<BenchPage, Cpu>(pages.map((p) => [p, { ours: [], baseline: [], peer: [] }]));
  const served = [sides.ours, sides.baseline, ...(sides.peer ? [sides.peer] : [])];
  for (const [i, order] of rotatedRounds(served, rounds).entries()) {
    log(`main-thread CPU of every page, round ${i + 1} of ${rounds} …`);
    for (const side of order) {
      // The peer's page is loaded once a round and counted for each of our pages set beside it.
      const peerMs = new Map<PeerPage, number>();
      for (const page of pages) {
        const runs = cpu.get(page);
        if (!runs) continue;
        if (side.name !== "peer") runs[side.name].push(await loadCpuMs(browser, pageUrl(side.origin, page)));
        else if (page.peer) {
          const known = peerMs.get(page.peer);
          const ms = known ?? (await loadCpuMs(browser, peerUrl(side.origin, page.peer)));
          peerMs.set(page.peer, ms);
          runs.peer.push(ms);
        }
      }
    }
  }
  return cpu;
}

/**
 * Lighthouse on every page of each side, round after round with the sides' order rotated;
 * then the main thread's CPU time to load each page, in rounds too; then each page weighed
 * once a side (bytes do not depend on the CPU); then the question flow answered on each side
 * in turn, the CPU four times slower, for its long tasks.
 */
export async function measurePages(options: Options) {
  const { sides, pages, rounds, log } = options;
  await checkServed(
    sides.ours.origin,
    pages.map((p) => p.path),
  );
  await checkServed(
    sides.baseline.origin,
    pages.map((p) => p.path),
  );
  clearReports();
  for (const [i, runs] of roundRuns(options).entries()) {
    log(`Lighthouse, round ${i + 1} of ${rounds}: ${runs.length} runs …`);
    for (const { side, url } of runs) {
      const failed = collectRun(url);
      // Our pages and the baseline's must load: a failure there is a broken page, not noise.
      // The peer is someone else's build: a run it fails is left out and the report says so.
      if (failed !== null && side.name !== "peer") throw new Error(`Lighthouse could not run ${url}:\n${failed}`);
      if (failed !== null) log(`the peer failed a run of ${url}; left out:\n${failed}`);
    }
  }
  const { runs, version } = readRuns();
  const browser = await launchBrowser();
  try {
    const cpu = await cpuRounds(browser, options);
    log("weighing every page on both sides …");
    const [ours, baseline] = [
      await weigh(browser, sides.ours.origin, pages),
      await weigh(browser, sides.baseline.origin, pages),
    ];
    const longTasks: { ours: LongTasks[]; baseline: LongTasks[] } = { ours: [], baseline: [] };
    for (const [i, order] of rotatedRounds([sides.ours, sides.baseline], rounds).entries()) {
      log(`answering the journey, CPU ${PHONE_CPU}× slower, round ${i + 1} of ${rounds} …`);
      for (const side of order) {
        const tasks = await longTasksWhileAnswering(browser, `${side.origin}${QUESTION_PAGE}`, PHONE_CPU);
        (side.name === "ours" ? longTasks.ours : longTasks.baseline).push(tasks);
      }
    }
    const results = pages.map((page): PageRuns => {
      const [weight, baselineWeight, cpuMs] = [ours.get(page), baseline.get(page), cpu.get(page)];
      if (!weight || !baselineWeight || !cpuMs) throw new Error(`${page.name} was not weighed`);
      return {
        page,
        ours: runs.get(pageUrl(sides.ours.origin, page)) ?? [],
        baseline: runs.get(pageUrl(sides.baseline.origin, page)) ?? [],
        peer: sides.peer && page.peer ? (runs.get(peerUrl(sides.peer.origin, page.peer)) ?? []) : [],
        cpu: cpuMs,
        weight,
        baselineWeight,
      };
    });
    return { pages: results, longTasks, lighthouseVersion: version };
  } finally {
    await browser.close();
  }
}
