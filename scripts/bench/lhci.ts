// Lighthouse through Lighthouse CI: `lhci collect` runs each page `runs` times, `lhci upload`
// (to the file system) marks each page's representative median run, and `lhci assert` holds
// the runs to the budgets. The bench only writes the configuration and reads what LHCI wrote.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "../../lib/zod";
import { pageBudget, type Budgets } from "./budgets";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";
import { CATEGORY_IDS, readLighthouseReport, type LighthouseRun } from "./lighthouse-report";
import { pageUrl, type BenchPage } from "./pages";

export const LHCI_DIR = join("bench", "lhci");

type Assertion = [level: "error", options: Record<string, number | string>];

/** One page's Lighthouse budgets, as LHCI assertions over the median of the runs. */
export function assertionsFor(page: BenchPage, budgets: Budgets): Record<string, Assertion> {
  const b = budgets.lighthouse;
  const own = pageBudget(budgets, page.name);
  const performance = own?.performance ?? (page.charts ? b.performance.chart : b.performance.plain);
  const tbt = own?.tbtMs ?? (page.charts ? b.tbtMs.chart : b.tbtMs.plain);
  const median = { aggregationMethod: "median" };
  return {
    "categories:performance": ["error", { minScore: performance / 100, ...median }],
    "categories:accessibility": ["error", { minScore: b.accessibility / 100, ...median }],
    "categories:best-practices": ["error", { minScore: b.bestPractices / 100, ...median }],
    "categories:seo": ["error", { minScore: b.seo / 100, ...median }],
    "total-blocking-time": ["error", { maxNumericValue: tbt, ...median }],
    // CLS is judged as printed, to two decimals: 0.004 shows as 0.00 and passes.
    "cumulative-layout-shift": ["error", { maxNumericValue: b.cls + 0.005, ...median }],
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The LHCI configuration for these pages on this origin. */
export function lhciConfig(origin: string, pages: readonly BenchPage[], runs: number, budgets: Budgets) {
  return {
    ci: {
      collect: {
        url: pages.map((p) => pageUrl(origin, p)),
        numberOfRuns: runs,
        chromePath: chromiumPath(),
        // No preset: Lighthouse's defaults are the mobile preset with simulated slow 4G.
        settings: { chromeFlags: CHROMIUM_FLAGS.join(" "), onlyCategories: [...CATEGORY_IDS] },
      },
      assert: {
        includePassedAssertions: true,
        // LHCI matches a run by the document's address, which has no fragment: each bench page
        // has a path of its own, so the path alone names it.
        assertMatrix: pages.map((p) => ({
          matchingUrlPattern: `^${escape(`${origin}${p.path}`)}$`,
          assertions: assertionsFor(p, budgets),
        })),
      },
      upload: { target: "filesystem", outputDir: LHCI_DIR },
    },
  };
}

const lhci = createRequire(import.meta.url).resolve("@lhci/cli/src/cli.js");

function run(command: string, config: string): number {
  const result = spawnSync(process.execPath, [lhci, command, `--config=${config}`], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  return result.status ?? 1;
}

const ManifestSchema = z.array(z.object({ url: z.string(), isRepresentativeRun: z.boolean(), jsonPath: z.string() }));

const AssertionResultSchema = z.array(
  z.object({
    url: z.string(),
    auditId: z.string().optional(),
    auditProperty: z.string().optional(),
    name: z.string(),
    operator: z.string(),
    expected: z.number(),
    actual: z.number(),
    passed: z.boolean(),
  }),
);
export type AssertionResult = z.infer<typeof AssertionResultSchema>[number];

/**
 * Runs Lighthouse CI over the pages: each page's representative (median) run as the bench
 * prints it, and every assertion LHCI checked, passed or not.
 */
export function runLighthouseCi(origin: string, pages: readonly BenchPage[], runs: number, budgets: Budgets) {
  rmSync(".lighthouseci", { recursive: true, force: true });
  rmSync(LHCI_DIR, { recursive: true, force: true });
  mkdirSync(LHCI_DIR, { recursive: true });
  const config = join(LHCI_DIR, "lighthouserc.json");
  writeFileSync(config, JSON.stringify(lhciConfig(origin, pages, runs, budgets), null, 2));
  if (run("collect", config) !== 0) throw new Error("lhci collect failed: see its output above");
  if (run("upload", config) !== 0) throw new Error("lhci upload failed: see its output above");
  // A failed assertion is a verdict for the report, not a reason to stop measuring.
  run("assert", config);
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(LHCI_DIR, "manifest.json"), "utf8")));
  const medians = new Map<string, LighthouseRun>();
  let version = "unknown";
  for (const entry of manifest.filter((e) => e.isRepresentativeRun)) {
    const raw: unknown = JSON.parse(readFileSync(entry.jsonPath, "utf8"));
    version = z.object({ lighthouseVersion: z.string() }).parse(raw).lighthouseVersion;
    medians.set(entry.url, readLighthouseReport(raw));
  }
  const assertions = AssertionResultSchema.parse(
    JSON.parse(readFileSync(join(".lighthouseci", "assertion-results.json"), "utf8")),
  );
  return { medians, assertions, version };
}
