import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { isRechartsCode } from "./recharts";
import type { PageWeight } from "./results";

const KB = 1024;
type Fetched = { url: string; kind: "script" | "stylesheet" | "font" | "data"; late: boolean };

/**
 * Loads a page in a fresh context, notes every script, stylesheet, font and JSON file the
 * browser asked for until the network settles, and adds them up, each gzipped at the default
 * level: what a visitor downloads from a host that compresses, whatever the server used here
 * does. Bodies are fetched again from the (static) server: Playwright cannot hand over the body
 * of what a Web Worker fetched, and then fails only when the page closes.
 */
export async function measurePageWeight(
  browser: Browser,
  url: string,
  { chart = false, search, ready }: { chart?: boolean; search?: string; ready?: string } = {},
): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: Fetched[] = [];
  let loaded = false;
  page.on("load", () => (loaded = true));
  // Marked late as requested: a chunk asked for after the load event, whenever it arrives.
  page.on("request", (request) => {
    const type = request.resourceType();
    const path = new URL(request.url()).pathname;
    const data = type === "fetch" && path.endsWith(".json");
    // A script fetched ahead of use (<link rel="prefetch">, as the question page does for the flow
    // once it has loaded) is downloaded whether or not it runs: a visitor pays for its bytes.
    const prefetched = type === "other" && path.endsWith(".js");
    const kind =
      type === "script" || type === "stylesheet" || type === "font"
        ? type
        : prefetched
          ? "script"
          : data
            ? "data"
            : null;
    if (kind) fetched.push({ url: request.url(), kind, late: loaded });
  });
  let isReady = ready === undefined;
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    // Prefetches start when the browser is idle after load: give them time to land.
    await page.waitForTimeout(1000);
    await page.waitForLoadState("networkidle");
    if (ready !== undefined)
      isReady = await page.waitForSelector(ready, { state: "attached", timeout: 30_000 }).then(
        () => true,
        () => false,
      );
    // A search loads its code and index on first use: type as a reader would, and count both.
    if (search !== undefined) {
      await page.getByRole("searchbox", { name: "Search articles" }).fill(search);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
    }
    // A radar is drawn with the report; recharts, for its tooltips, loads when a reader
    // reaches for the chart: scroll to the first one and point at it, as a reader would.
    if (chart) {
      const radar = page.getByRole("img", { name: /^Radar/ }).first();
      await radar.scrollIntoViewIfNeeded();
      await radar.hover();
      await page.waitForFunction(() => document.querySelector('[role="img"] .recharts-surface') !== null);
      await page.waitForLoadState("networkidle");
    }
  } finally {
    await context.close();
  }
  const weight: PageWeight = {
    jsKb: 0,
    jsFiles: 0,
    lateJsKb: 0,
    cssKb: 0,
    fontKb: 0,
    dataKb: 0,
    ready: isReady,
    recharts: false,
    scripts: [],
  };
  for (const { url: file, kind, late } of fetched) {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file} answered ${response.status} when weighed again`);
    const body = Buffer.from(await response.arrayBuffer());
    const kb = gzipSync(body).length / KB;
    if (kind === "data") weight.dataKb += kb;
    if (kind === "stylesheet") weight.cssKb += kb;
    if (kind === "font") weight.fontKb += kb;
    if (kind !== "script") continue;
    const recharts = isRechartsCode(body.toString("utf8"));
    weight.jsKb += kb;
    weight.jsFiles += 1;
    if (late) weight.lateJsKb += kb;
    weight.recharts ||= recharts;
    weight.scripts.push({ file: new URL(file).pathname, kb, late, recharts });
  }
  return weight;
}
