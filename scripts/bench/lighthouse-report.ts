import { z } from "../../lib/zod";

/** The four categories the bench reports, by their id in a Lighthouse result. */
export const CATEGORY_IDS = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRIC_IDS = {
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
} as const;

const CategorySchema = z.object({
  /** 0–1; null when Lighthouse could not compute it (for example, the page failed to load). */
  score: z.number().nullable(),
  auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
});

const AuditSchema = z.object({
  title: z.string(),
  /** null for audits that are informative or did not apply. */
  score: z.number().nullable(),
  numericValue: z.number().optional(),
});

/**
 * The few fields of a Lighthouse 13 result (the "LHR") that the bench reads. Everything else
 * is dropped, so the fixture in scripts/bench/fixtures stays small and so does this contract.
 */
export const LighthouseReportSchema = z.object({
  lighthouseVersion: z.string(),
  requestedUrl: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Lighthouse's measure of the CPU it ran on; low values mean other work was competing. */
  environment: z.object({ benchmarkIndex: z.number() }),
  categories: z.object({
    performance: CategorySchema,
    accessibility: CategorySchema,
    "best-practices": CategorySchema,
    seo: CategorySchema,
  }),
  audits: z.record(z.string(), AuditSchema),
});

export type LighthouseReport = z.infer<typeof LighthouseReportSchema>;

/** The elements that moved, read apart from the rest: other audits' details have other shapes. */
const LayoutShiftsSchema = z.object({
  audits: z.object({
    "layout-shifts": z
      .object({
        details: z.object({
          items: z.array(
            z.object({ node: z.object({ selector: z.string().optional() }).optional(), score: z.number() }),
          ),
        }),
      })
      .optional(),
  }),
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
  /** The CPU benchmark index of the run (higher is faster), to tell a slow page from a busy machine. */
  cpuIndex: number;
  /** Weighted audits outside performance that did not pass: they explain a score below 100. */
  failing: string[];
  /** The elements behind any layout shift, with their share of CLS, e.g. "main > p (0.016)". */
  shifts: string[];
};

function percent(score: number | null, category: string): number {
  if (score === null) throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(score * 100);
}

function metric(report: LighthouseReport, id: string): number {
  const value = report.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse result has no value for ${id}`);
  return value;
}

function failingAudits(report: LighthouseReport): string[] {
  const { performance: _, ...others } = report.categories;
  return Object.entries(others).flatMap(([category, { auditRefs }]) =>
    auditRefs.flatMap(({ id, weight }) => {
      const audit = report.audits[id];
      return weight > 0 && audit && audit.score !== null && audit.score < 1
        ? [`${category}: ${id} (${audit.title})`]
        : [];
    }),
  );
}

function layoutShifts(raw: unknown): string[] {
  const items = LayoutShiftsSchema.safeParse(raw).data?.audits["layout-shifts"]?.details.items ?? [];
  return items.map((item) => `${item.node?.selector ?? "unknown element"} (${item.score.toFixed(3)})`);
}

/** Reads a raw Lighthouse result; throws with Lighthouse's own reason when the run failed. */
export function readLighthouseReport(raw: unknown): LighthouseRun {
  const report = LighthouseReportSchema.parse(raw);
  if (report.runtimeError) throw new Error(`Lighthouse ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const { categories: c } = report;
  return {
    performance: percent(c.performance.score, "performance"),
    accessibility: percent(c.accessibility.score, "accessibility"),
    bestPractices: percent(c["best-practices"].score, "best-practices"),
    seo: percent(c.seo.score, "seo"),
    lcpMs: metric(report, METRIC_IDS.lcpMs),
    tbtMs: metric(report, METRIC_IDS.tbtMs),
    cls: metric(report, METRIC_IDS.cls),
    cpuIndex: report.environment.benchmarkIndex,
    failing: failingAudits(report),
    shifts: layoutShifts(raw),
  };
}
