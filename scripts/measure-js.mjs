#!/usr/bin/env node
// Measures the JavaScript (and CSS) a real browser downloads for key pages of the built
// site, gzipped, by recording every response while each page loads and settles.
// Usage: npm run build && npm run measure:js
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

// MEASURE_PORT lets two checkouts measure at once without fighting over the port.
const port = Number(process.env.MEASURE_PORT ?? 3200);
const golden = JSON.parse(readFileSync("e2e/fixtures/golden-links.json", "utf8"));
const both = golden.links.find((l) => l.name.startsWith("both")).fragment;
const pages = [
  ["home", "/"],
  ["assessment", "/assess/journey/"],
  ["results (both)", `/results/#${both}`],
  ["how scoring works", "/how-scoring-works/"],
  ["articles", "/articles/"],
  ["article", "/articles/six-stages-to-customer-centricity/"],
  ["journey overview", "/journey/"],
];

const server = spawn(process.execPath, ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath, args: ["--disable-background-networking"] });
const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
try {
  for (const [name, path] of pages) {
    const page = await browser.newPage();
    const sizes = { script: 0, stylesheet: 0, font: 0, files: 0 };
    page.on("response", async (response) => {
      const type = response.request().resourceType();
      if (!(type in sizes)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes[type] += gzipSync(body).length;
      if (type === "script") sizes.files += 1;
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    rows.push({ page: name, "JS KB gz": kb(sizes.script), "JS files": sizes.files, "CSS KB gz": kb(sizes.stylesheet), "font KB": kb(sizes.font) });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
