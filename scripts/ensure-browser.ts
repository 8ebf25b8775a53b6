// Makes sure Playwright has a Chromium to drive before the end-to-end tests start: the
// system's (Debian's headless shell or full Chromium) or Playwright's own. If neither exists it tries
// Playwright's installer, and otherwise stops with a one-line instruction.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "@playwright/test";
import { SYSTEM_CHROMIUM } from "./system-chromium";

const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
const bundled = () => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};

if (system || bundled()) process.exit(0);

console.log("No Chromium found; trying Playwright's installer (needs internet access)...");
// Playwright's own CLI through this Node, so it runs the same on Windows (no npx shim needed).
const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const install = spawnSync(process.execPath, [cli, "install", "chromium"], { stdio: "inherit", timeout: 180_000 });
if (install.status === 0 && bundled()) process.exit(0);

console.error(
  "No browser for the end-to-end tests: install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell) or run `npx playwright install chromium`, then run npm test again.",
);
process.exit(1);
