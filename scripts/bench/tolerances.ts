/**
 * How much worse than the baseline a timing may read before the bench fails, each written once
 * beside its reason. A timing is judged only side by side: this machine is shared, and the same
 * code read Lighthouse 99 / 48 ms in one run and 93 / 249 ms in another, so an absolute timing
 * measures the machine, not the change (docs/decisions/0006-bench-side-by-side.md).
 *
 * A figure fails only when its median is worse than the baseline's median by more than every
 * bound its tolerance sets: a ratio alone would fail 3 ms of TBT turning into 5, an amount
 * alone would ignore a page that doubled.
 */
export type Tolerance = {
  /** What the figure is, for the report. */
  label: string;
  unit: "ms" | "µs" | "points";
  /** Scores are better high; times are better low. */
  better: "higher" | "lower";
  /** Worse by more than this fraction of the baseline (0.15 = 15 %). */
  ratio?: number;
  /** Worse by more than this amount, in `unit`. */
  amount?: number;
  why: string;
};

export const TOLERANCES = {
  performance: {
    label: "Lighthouse performance",
    unit: "points",
    better: "higher",
    amount: 2,
    why: "Medians of the same page, interleaved, differ by up to 2 points here; 3 or more is a change in LCP or TBT a visitor feels.",
  },
  tbt: {
    label: "total blocking time",
    unit: "ms",
    better: "lower",
    ratio: 0.15,
    amount: 25,
    why: "Lighthouse simulates TBT from the tasks it saw on this CPU times four, so a busy core moves it by tens of ms; under 25 ms no tap feels it.",
  },
  lcp: {
    label: "largest contentful paint",
    unit: "ms",
    better: "lower",
    ratio: 0.1,
    amount: 150,
    why: "Simulated slow 4G makes LCP mostly bytes and round trips, which do not wander; 150 ms is less than one round trip of that network.",
  },
  mainThread: {
    label: "main-thread work (Lighthouse)",
    unit: "ms",
    better: "lower",
    ratio: 0.15,
    amount: 100,
    why: "Wall-clock task time at the simulated phone's speed: the same page read 403–675 ms on one side here, so only a larger, clear change counts.",
  },
  loadCpu: {
    label: "main-thread CPU to load",
    unit: "ms",
    better: "lower",
    ratio: 0.1,
    amount: 5,
    why: "CPU time, not wall clock: five loads of one page read within 10 % of each other under a load average of 5; 5 ms is below what a phone would show.",
  },
  longTasks: {
    label: "long tasks answering the journey, CPU 4× slower",
    unit: "ms",
    better: "lower",
    ratio: 0.15,
    amount: 50,
    why: "Summed over thirty answers, one garbage collection more or less moves the total by 50 ms without a change to the code.",
  },
  answerCpu: {
    label: "main-thread CPU answering the journey",
    unit: "ms",
    better: "lower",
    ratio: 0.1,
    amount: 20,
    why: "CPU time over thirty answers moves little with other work on the machine; 20 ms over a whole questionnaire is not felt.",
  },
  aggregation: {
    label: "aggregation",
    unit: "ms",
    better: "lower",
    ratio: 0.1,
    why: "Pure Node code, timed in fresh processes taking turns, differs by under 5 % between sides of the same code; 10 % is a real change.",
  },
  scoring: {
    label: "scoreAssessment",
    unit: "µs",
    better: "lower",
    ratio: 0.15,
    why: "A few microseconds a call: the JIT's choices move it by up to 10 % between processes; 15 % is a real change.",
  },
  buildPerArticle: {
    label: "build cost per article",
    unit: "ms",
    better: "lower",
    ratio: 0.2,
    why: "Each side's slope comes from two whole builds; builds of the same commit taking turns differ by up to 15 % in it.",
  },
} as const satisfies Record<string, Tolerance>;

export type ToleranceName = keyof typeof TOLERANCES;
