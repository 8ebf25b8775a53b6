// Where Debian and Ubuntu put Chromium. The full browser is what the bench's Lighthouse
// budgets were measured in; for tests the headless shell (package chromium-headless-shell)
// comes first, the build Playwright itself uses for headless runs, lighter than the full one.
// Shared by playwright.config.ts, scripts/ensure-browser.ts and scripts/bench/chromium.ts.
export const FULL_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const SYSTEM_CHROMIUM = ["/usr/bin/chromium-headless-shell", ...FULL_CHROMIUM];

/**
 * Whether `npm test` may install Debian's headless shell itself: only on Debian or Ubuntu (apt
 * and its package exist) and only as root (no password prompt in the middle of a test run).
 */
export function aptCanInstall(osRelease: string, uid: number | undefined): boolean {
  const ids = osRelease
    .split("\n")
    .filter((line) => /^(ID|ID_LIKE)=/.test(line))
    .flatMap((line) => line.replace(/^\w+=/, "").replace(/"/g, "").split(/\s+/));
  return uid === 0 && ids.some((id) => id === "debian" || id === "ubuntu");
}
