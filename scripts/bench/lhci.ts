// Lighthouse through Lighthouse CI's `collect`, one run at a time, each added to the reports of
// the runs before it (`--additive`): the bench orders the runs (sides taking turns), then reads
// every report and groups the runs by address, so each side's median comes from runs taken
// turn about with the other side's. One `collect` a run, because a run that fails ends the
// `collect` it is in, and the runs after it would be lost.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "../../lib/zod";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";
import { CATEGORY_IDS, readLighthouseReport, type LighthouseRun } from "./lighthouse-report";

export const LHCI_DIR = join("bench", "lhci");
/** Where `lhci collect` writes its reports, in the folder it runs in. */
const REPORTS = ".lighthouseci";

/** The LHCI configuration for one run of one address. */
export function runConfig(url: string) {
  return {
    ci: {
      collect: {
        url: [url],
        numberOfRuns: 1,
        chromePath: chromiumPath(),
        // No preset: Lighthouse's defaults are the mobile preset with simulated slow 4G.
        settings: { chromeFlags: CHROMIUM_FLAGS.join(" "), onlyCategories: [...CATEGORY_IDS] },
      },
    },
  };
}

const lhci = createRequire(import.meta.url).resolve("@lhci/cli/src/cli.js");

/** Starts a run of rounds: earlier reports would be counted as this run's. */
export function clearReports(): void {
  rmSync(REPORTS, { recursive: true, force: true });
  rmSync(LHCI_DIR, { recursive: true, force: true });
  mkdirSync(LHCI_DIR, { recursive: true });
}

/**
 * One Lighthouse run of one address, added to the reports of earlier runs. Returns LHCI's
 * output when the run failed (the page did not load, say), so the caller decides what a
 * missing run means; null when it succeeded.
 */
export function collectRun(url: string): string | null {
  const config = join(LHCI_DIR, "run.json");
  writeFileSync(config, JSON.stringify(runConfig(url), null, 2));
  const result = spawnSync(process.execPath, [lhci, "collect", `--config=${config}`, "--additive"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status === 0) return null;
  return `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((line) => !line.includes("LH:"))
    .slice(-15)
    .join("\n");
}

const Requested = z.object({ requestedUrl: z.string(), lighthouseVersion: z.string() });

/** Every run LHCI wrote, by the address it was asked for (fragment included), in the order taken. */
export function readRuns(): { runs: Map<string, LighthouseRun[]>; version: string } {
  const runs = new Map<string, LighthouseRun[]>();
  let version = "unknown";
  // LHCI names reports lhr-<milliseconds>.json: by name is by time.
  const files = readdirSync(REPORTS)
    .filter((name) => /^lhr-\d+\.json$/.test(name))
    .sort();
  for (const name of files) {
    const raw: unknown = JSON.parse(readFileSync(join(REPORTS, name), "utf8"));
    const { requestedUrl, lighthouseVersion } = Requested.parse(raw);
    version = lighthouseVersion;
    runs.set(requestedUrl, [...(runs.get(requestedUrl) ?? []), readLighthouseReport(raw)]);
  }
  return { runs, version };
}
