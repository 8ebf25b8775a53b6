import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { FULL_CHROMIUM } from "../system-chromium";

/**
 * Flags for every browser the bench starts. The closed network refuses Google's hosts, so the
 * background services that would call them are switched off; --no-sandbox lets it run as root.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** CHROME_PATH when set, then the system Chromium, then Playwright's own browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, ...FULL_CHROMIUM];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p ?? "")) ?? chromium.executablePath();
}

/** A Playwright browser on the same Chromium Lighthouse uses. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS.filter((f) => f !== "--headless") });
}
