import { gzipSync } from "node:zlib";
import type { Browser, Request } from "@playwright/test";
import { isRechartsCode } from "./recharts";
import type { PageWeight } from "./results";

const KB = 1024;

/**
 * A response's bytes, fetched again from the server: the files are static, and Playwright
 * cannot hand over the body of what a Web Worker fetched (the team view's), which then
 * fails only when the page closes.
 */
async function bodyOf(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} when weighed again`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Loads a page in a fresh context and adds up every script, stylesheet and font the browser
 * actually fetched until the network settles, each gzipped at the default level: what a
 * visitor downloads from a host that compresses, whatever the server used here does.
 */
export async function measurePageWeight(
  browser: Browser,
  url: string,
  {
    open = [],
    chart = false,
    search,
    ready,
  }: { open?: string[]; chart?: boolean; search?: string; ready?: string } = {},
): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const afterLoad = new WeakSet<Request>();
  let loaded = false;
  page.on("load", () => (loaded = true));
  page.on("request", (request) => {
    if (loaded) afterLoad.add(request);
  });
  const weight: PageWeight = {
    jsKb: 0,
    jsFiles: 0,
    lateJsKb: 0,
    cssKb: 0,
    fontKb: 0,
    dataKb: 0,
    ready: ready === undefined,
    recharts: false,
    scripts: [],
  };
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const request = response.request();
    const type = request.resourceType();
    const data = type === "fetch" && new URL(response.url()).pathname.endsWith(".json");
    if (type !== "script" && type !== "stylesheet" && type !== "font" && !data) return;
    pending.push(
      bodyOf(response.url()).then((body) => {
        const kb = gzipSync(body).length / KB;
        if (data) weight.dataKb += kb;
        if (type === "stylesheet") weight.cssKb += kb;
        if (type === "font") weight.fontKb += kb;
        if (type !== "script") return;
        const [late, recharts] = [afterLoad.has(request), isRechartsCode(body.toString("utf8"))];
        weight.jsKb += kb;
        weight.jsFiles += 1;
        if (late) weight.lateJsKb += kb;
        weight.recharts ||= recharts;
        weight.scripts.push({ file: new URL(response.url()).pathname, kb, late, recharts });
      }),
    );
  });
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    // Prefetches start when the browser is idle after load: give them time to land.
    await page.waitForTimeout(1000);
    await page.waitForLoadState("networkidle");
    if (ready !== undefined)
      weight.ready = await page.waitForSelector(ready, { state: "attached", timeout: 30_000 }).then(
        () => true,
        () => false,
      );
    // Then open what a reader opens to see the chart, and wait for what that fetches.
    for (const name of open) {
      await page.getByRole("region", { name }).getByRole("heading", { level: 2, name }).click();
      await page.waitForLoadState("networkidle");
    }
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
    // What is read last can start a last request: wait until nothing is left unread.
    for (let read = 0; read < pending.length;) {
      const batch = pending.slice(read);
      read = pending.length;
      await Promise.all(batch);
    }
  } finally {
    await context.close();
  }
  return weight;
}
