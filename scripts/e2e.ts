// The end-to-end half of `npm test`. It builds the site twice and runs Playwright on each build:
//  1. out/: as deployed at the test server's own address (SITE_URL set), the whole suite;
//  2. out-base/: under BASE_PATH=/assessment with no SITE_URL, as `npm start` builds it, the
//     base-path journey; that build must say once that it lacks SITE_URL, and write no host.
//     The German, French and Spanish specs that need no SITE_URL run there too (the switch's
//     remembered choice and first-visit offer, a whole journey and workshop in each language),
//     so the languages are tested under a base path as a self-hosting consultant serves them,
//     and each build runs its share of the suite.
// In TypeScript rather than a shell line so it runs the same on Windows.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
const playwright = require.resolve("@playwright/test/cli");
// E2E_PORT moves both servers, so two checkouts can run their suites on one machine at once.
const MAIN_PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_PORT = MAIN_PORT + 2;
const BASE_BUILD_SPECS = [
  "e2e/base-path.spec.ts",
  "e2e/languages-shipped.spec.ts",
  "e2e/languages-journey.spec.ts",
  "e2e/languages-workshop.spec.ts",
];

function run(step: string, args: string[], env: Record<string, string>, options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env }, ...options });
  if (result.status !== 0) {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    console.error(`${step} failed (exit ${result.status ?? "signal"}).`);
    process.exit(result.status ?? 1);
  }
  return result;
}

run("Checking for a browser", [tsx, "scripts/ensure-browser.ts"], {});

// npm test has type-checked the project already; the builds need not do it again (next.config.ts).
process.env.OUTSIDE_IN_TYPES_CHECKED = "1";

const main = { SITE_URL: `http://127.0.0.1:${MAIN_PORT}`, BASE_PATH: "", OUT_DIR: "out", E2E_PORT: String(MAIN_PORT) };
run("Building out/", [tsx, "scripts/build.ts"], main);
// Reads the export, no browser: a few seconds, so a new English leak fails before the suite runs.
// What the islands draw once they run is checked in the suite itself (e2e/english-leaks.spec.ts).
run("Checking translated pages for English", [tsx, "scripts/check-english-leaks.ts"], main);
run("The end-to-end suite", [playwright, "test"], main);

const base = {
  SITE_URL: "",
  BASE_PATH: "/assessment",
  OUT_DIR: "out-base",
  E2E_PORT: String(BASE_PORT),
};
const built = run("Building out-base/", [tsx, "scripts/build.ts"], base, { stdio: "pipe", encoding: "utf8" });
const warnings = `${String(built.stdout)}${String(built.stderr)}`
  .split("\n")
  .filter((l) => l.includes("SITE_URL is not set"));
if (warnings.length !== 1) {
  console.error(`The build without SITE_URL warned ${warnings.length} times; it must warn exactly once.`);
  process.exit(1);
}
console.log("Built out-base/ under /assessment without SITE_URL: it warned once and wrote no localhost address.");
run("The base-path journey and the languages", [playwright, "test", ...BASE_BUILD_SPECS], base);
