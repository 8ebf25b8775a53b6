import type { BuildPhases } from "./build-phases";
import type { LighthouseRun } from "./lighthouse-report";
import type { LinkLength } from "./link-lengths";
import type { BenchPage } from "./pages";

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

export type PageResult = { page: BenchPage; lighthouse: LighthouseRun; weight: PageWeight };

export type AggregateTiming = { links: number; ms: number | null; note?: string };

/** Long tasks (over 50 ms) seen while answering a whole questionnaire in the browser. */
export type LongTasks = { cpuSlowdown: number; count: number; maxMs: number; totalMs: number };

/** One timed `npm run build`, with the phases Next reported. */
export type BuildTiming = { articles: number; ms: number; phases: BuildPhases };

export type BuildScaling =
  | { status: "skipped"; site: BuildTiming }
  | {
      status: "measured";
      site: BuildTiming;
      copies: BuildTiming[];
      /** Per extra article, compile and type check left out: the figure the budget holds. */
      msPerArticle: number;
      /** Per extra article, whole builds: shown beside it, noisier. */
      wholeMsPerArticle: number;
    };

export type BenchResults = {
  date: string;
  /** How long the whole bench took: it should stay under 10 minutes on a 2-core machine. */
  seconds: number;
  /** loadAverage is taken as the run starts: other work on the machine makes Lighthouse noisy. */
  machine: { node: string; cpus: number; cpuModel: string; loadAverage: number };
  lighthouseVersion: string;
  runs: number;
  pages: PageResult[];
  links: LinkLength[];
  scoring: { questionnaire: string; usPerCall: number }[];
  aggregation: AggregateTiming[];
  longTasks: LongTasks[];
  build: BuildScaling;
};
