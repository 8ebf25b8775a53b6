import { z } from "../../lib/zod";

/** The four categories the bench reports, by their id in a Lighthouse result. */
export const CATEGORY_IDS = ["performance", "accessibility", "best-practices", "seo"] as const;

const Category = z.object({
  /** 0–1; null when Lighthouse could not compute it (for example, the page failed to load). */
  score: z.number().nullable(),
});

/**
 * The few fields of a Lighthouse result (the "LHR") that the bench prints. What cost points
 * or shifted is in the full reports LHCI keeps in bench/lhci/, so this contract stays small.
 */
const LighthouseReportSchema = z.object({
  lighthouseVersion: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Lighthouse's measure of the CPU it ran on; low values mean other work was competing. */
  environment: z.object({ benchmarkIndex: z.number() }),
  categories: z.object({ performance: Category, accessibility: Category, "best-practices": Category, seo: Category }),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
});

/** One Lighthouse run reduced to what the bench prints: scores 0–100, times in ms. */
export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Main-thread work at the simulated phone's speed: script, style, layout, parsing, paint. */
  mainThreadMs: number;
  /** The CPU benchmark index of the run (higher is faster), to tell a slow page from a busy machine. */
  cpuIndex: number;
};

/** Reads a raw Lighthouse result; throws with Lighthouse's own reason when the run failed. */
export function readLighthouseReport(raw: unknown): LighthouseRun {
  const report = LighthouseReportSchema.parse(raw);
  if (report.runtimeError) throw new Error(`Lighthouse ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const percent = (id: (typeof CATEGORY_IDS)[number]) => {
    const { score } = report.categories[id];
    if (score === null) throw new Error(`Lighthouse gave no ${id} score`);
    return Math.round(score * 100);
  };
  const metric = (id: string) => {
    const value = report.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse result has no value for ${id}`);
    return value;
  };
  return {
    performance: percent("performance"),
    accessibility: percent("accessibility"),
    bestPractices: percent("best-practices"),
    seo: percent("seo"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    mainThreadMs: metric("mainthread-work-breakdown"),
    cpuIndex: report.environment.benchmarkIndex,
  };
}
