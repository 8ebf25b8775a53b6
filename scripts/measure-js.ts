// Prints the JavaScript, CSS and fonts a real browser downloads for each bench page of the
// built site, gzipped. `npm run bench` measures the same and more; this is the quick look.
// Usage: npm run build && npm run measure:js
import { golden } from "../test/golden-links";
import { fixtureFragments, teamFragment } from "./bench/fixture-links";
import { benchPages, pageUrl, type BenchPage } from "./bench/pages";
import { loadCatalogue, loadCurrentQuestionnaires } from "../lib/content/assessments/load-questionnaires";
import { launchBrowser } from "./bench/chromium";
import { measurePageWeight } from "./bench/page-weight";
import { serveOut, statusOf } from "./bench/server";

const both = golden.links.find((l) => l.name.startsWith("both"))?.fragment ?? "";
const team = teamFragment(fixtureFragments(loadCurrentQuestionnaires(), loadCatalogue(), 50));
const pages: (BenchPage & { search?: string })[] = [
  ...benchPages({ both, team }),
  { name: "how scoring works", path: "/how-scoring-works/", charts: false },
  { name: "articles", path: "/articles/", charts: false },
  // The budget for the articles page counts the search too: its code and index load on first use.
  { name: "articles, searched", path: "/articles/", charts: false, search: "churn" },
];

const server = await serveOut(Number(process.env.PORT ?? 3200));
const browser = await launchBrowser();
const rows = [];
try {
  for (const page of pages) {
    if ((await statusOf(server.origin, page.path)) !== 200) {
      rows.push({ page: page.name, "JS KB gz": "not built yet" });
      continue;
    }
    const w = await measurePageWeight(browser, pageUrl(server.origin, page), { search: page.search });
    rows.push({
      page: page.name,
      "JS KB gz": w.jsKb.toFixed(1),
      "JS files": w.jsFiles,
      "after load": w.lateJsKb.toFixed(1),
      "CSS KB gz": w.cssKb.toFixed(1),
      "font KB": w.fontKb.toFixed(1),
      "JSON KB gz": w.dataKb.toFixed(1),
      recharts: w.recharts ? "yes" : "no",
    });
  }
} finally {
  await browser.close();
  server.stop();
}
console.table(rows);
