// Makes sure Playwright has a Chromium to drive before the end-to-end tests start, so that
// `npm install && npm test` is all a fresh machine needs. In order: the system's (Debian's
// headless shell or full Chromium), Playwright's own, Playwright's installer, and, on Debian or
// Ubuntu run as root, Debian's headless shell from apt. Anywhere else it stops with the one
// command to run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "@playwright/test";
import { aptCanInstall, SYSTEM_CHROMIUM } from "./system-chromium";

const system = () => SYSTEM_CHROMIUM.some((p) => existsSync(p));
const bundled = () => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};

if (system() || bundled()) process.exit(0);

console.log("No Chromium found for the end-to-end tests; trying Playwright's installer (it downloads one)...");
// Playwright's own CLI through this Node, so it runs the same on Windows (no npx shim needed).
const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const install = spawnSync(process.execPath, [cli, "install", "chromium"], { stdio: "inherit", timeout: 180_000 });
if (install.status === 0 && bundled()) process.exit(0);

const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
if (aptCanInstall(osRelease, process.getuid?.())) {
  console.log(
    "Playwright could not download its browser. Installing Debian's Chromium headless shell with apt instead:\n" +
      "  apt-get update && apt-get install -y chromium-headless-shell",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "chromium-headless-shell"]) && system()) {
    console.log("Installed /usr/bin/chromium-headless-shell.");
    process.exit(0);
  }
}

console.error(
  "No browser for the end-to-end tests. Install one, then run npm test again:\n" +
    "  Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell\n" +
    "  elsewhere:     npx playwright install chromium",
);
process.exit(1);
