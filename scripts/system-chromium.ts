// Where Debian and Ubuntu put Chromium, best first for tests: the headless shell (package
// chromium-headless-shell) is the build Playwright itself uses for headless runs, lighter
// than the full browser. Shared by playwright.config.ts and scripts/ensure-browser.ts.
export const SYSTEM_CHROMIUM = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"];
