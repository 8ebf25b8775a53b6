// Where Debian and Ubuntu put Chromium. The full browser is what the bench's Lighthouse
// budgets were measured in; for tests the headless shell (package chromium-headless-shell)
// comes first, the build Playwright itself uses for headless runs, lighter than the full one.
// Shared by playwright.config.ts, scripts/ensure-browser.ts and scripts/bench/chromium.ts.
export const FULL_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const SYSTEM_CHROMIUM = ["/usr/bin/chromium-headless-shell", ...FULL_CHROMIUM];
