import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SYSTEM_CHROMIUM } from "./scripts/system-chromium";

// Debian's Chromium where it exists (Playwright cannot download browsers on every machine),
// Playwright's own browser elsewhere. The headless shell first: it is what Playwright itself
// runs headless tests in, and on 2 cores it runs this suite in half the time full Chromium
// takes (2.4 against 4.5 minutes, docs/performance.md).
const systemChromium = SYSTEM_CHROMIUM.find((p) => existsSync(p));
const port = Number(process.env.E2E_PORT ?? 3100);
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
// BASE_URL points the suite at a deployment instead of the local export.
const BASE_BUILD_ONLY = [
  "**/base-path.spec.ts",
  "**/languages-shipped.spec.ts",
  "**/languages-journey.spec.ts",
  "**/languages-workshop.spec.ts",
];
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}${basePath}/`;

export default defineConfig({
  testDir: "e2e",
  // The base-path journey and the shipped languages run on their own build (scripts/e2e.ts), not at the root.
  testIgnore: basePath ? [] : BASE_BUILD_ONLY,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  // Every expect waits for its state: the islands' hydration, the QR code's worker, a team read in
  // its worker. 5 s (Playwright's default) is too close on 2 cores shared with a build; 10 s,
  // once for the suite, instead of a longer wait written beside each slow state.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // A trace of every test costs CI a third of the suite's time (3.4 against 2.4 minutes);
    // locally it is kept for the tests that fail.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      // Without these, Chromium tries to reach Google services that a closed network refuses.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // The phone checks (phones.spec.ts) run only on the phone; tests tagged @phone run on both.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [...(basePath ? [] : BASE_BUILD_ONLY), "**/phones.spec.ts"],
    },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 320, height: 640 } }, grep: /@phone/ },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: "node scripts/serve.mjs",
        env: { PORT: String(port), BASE_PATH: basePath, OUT_DIR: process.env.OUT_DIR ?? "out" },
        url: `http://127.0.0.1:${port}${basePath}/`,
        reuseExistingServer: false,
        timeout: 30_000,
      },
});
