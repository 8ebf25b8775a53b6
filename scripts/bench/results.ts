import type { BuildPhases } from "./build-phases";
import type { InputReading } from "./input-reading";
import type { LighthouseRun } from "./lighthouse-report";
import type { LinkLength } from "./link-lengths";
import type { BenchPage } from "./pages";
import type { NodeTimings } from "./sides";

/** Bytes a page made the browser fetch after full render, gzipped, in KB (1,024 bytes). */
export type PageWeight = {
  jsKb: number;
  jsFiles: number;
  /** Part of jsKb requested after the load event: prefetches and lazy chunks. */
  lateJsKb: number;
  cssKb: number;
  fontKb: number;
  /** JSON the page fetched (a search index, say): data the page needs, not code. */
  dataKb: number;
  /** Whether the page's `ready` element appeared (true when it names none). */
  ready: boolean;
  /** Whether any loaded script contains recharts. */
  recharts: boolean;
  /** Every script, so a total can be traced to the chunks that make it up. */
  scripts: { file: string; kb: number; late: boolean; recharts: boolean }[];
};

/** One page on each side: every Lighthouse run, in the order taken, and its weight. */
export type PageRuns = {
  page: BenchPage;
  ours: LighthouseRun[];
  baseline: LighthouseRun[];
  /** The peer's page set beside this one (empty without --peer or a peer page). */
  peer: LighthouseRun[];
  /** Main-thread CPU ms to load the page, run by run (cpu-time.ts), each side and the peer's page. */
  cpu: { ours: number[]; baseline: number[]; peer: number[] };
  weight: PageWeight;
  baselineWeight: PageWeight;
};

export type AggregateTiming = NodeTimings["aggregation"][number];

/**
 * Long tasks (over 50 ms) seen while answering a whole questionnaire in the browser, and the
 * main thread's CPU time over the same span (the CPU slowdown does not stretch CPU time).
 */
export type LongTasks = { cpuSlowdown: number; count: number; maxMs: number; totalMs: number; cpuMs: number };

/** One timed `npm run build`, with the phases Next reported. */
export type BuildTiming = { articles: number; ms: number; phases: BuildPhases };

/** One side's builds with more articles, and the cost of each extra article they imply. */
export type Scaling = {
  copies: BuildTiming[];
  /** Per extra article, compile and type check left out: the figure judged. */
  msPerArticle: number;
  /** Per extra article, whole builds: shown beside it, noisier. */
  wholeMsPerArticle: number;
};

export type BuildScaling = { status: "skipped" } | { status: "measured"; ours: Scaling; baseline: Scaling };

export type BenchResults = {
  date: string;
  /** How long the whole bench took. */
  seconds: number;
  /** loadAverage is taken as the run starts: other work on the machine makes every timing noisy. */
  machine: { node: string; cpus: number; cpuModel: string; loadAverage: number };
  lighthouseVersion: string;
  /** Rounds of interleaved runs: each side ran each measurement this many times. */
  rounds: number;
  /** What "baseline" is: the commit, and where it was named. */
  baseline: { commit: string; named: string };
  peer: { url: string } | null;
  pages: PageRuns[];
  links: LinkLength[];
  node: { ours: NodeTimings[]; baseline: NodeTimings[] };
  longTasks: { ours: LongTasks[]; baseline: LongTasks[] };
  /** Reading 1 MB of each adversarial family of input, ours only: printed, never judged. */
  input: InputReading[];
  /** Our own build of the site, as built for this run. */
  site: BuildTiming;
  build: BuildScaling;
};
