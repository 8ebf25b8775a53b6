// `npm run bench`: builds the site, measures it, prints a table, writes bench/results.{json,md}
// and exits non-zero when a budget in scripts/bench/budgets.ts is exceeded. See docs/performance.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { golden } from "../../test/golden-links";
import { marginalCost } from "./build-cost";
import { BUDGETS } from "./budgets";
import { checkBudgets, failures } from "./check-budgets";
import { fixtureFragments, teamFragment } from "./fixture-links";
import { linkLengths } from "./link-lengths";
import { benchPages, pageUrl } from "./pages";
import { renderReport } from "./render-report";
import type { BenchResults, BuildScaling } from "./results";
import { loadArticles, loadTags } from "../../lib/content/library/load-articles";
import { loadBibliography } from "../../lib/content/library/load-sources";
import { loadCatalogue, loadCurrentQuestionnaires } from "../../lib/content/assessments/load-questionnaires";
import { timeBuild } from "./build-site";
import { timeScaledBuilds } from "./build-scaling";
import { measurePages } from "./measure-pages";
import { timeAggregation, timeScoring } from "./timing";

const quick = process.argv.includes("--quick");
const port = Number(process.env.BENCH_PORT ?? 3400);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const SCALED = [250, 1000] as const;
const started = performance.now();
const seconds = () => Math.round((performance.now() - started) / 1000);
const siteUrl = `http://127.0.0.1:${port}`;
const log = (line: string) => console.error(`· ${String(seconds()).padStart(4)} s  ${line}`);

const both = golden.links.find((l) => l.name.startsWith("both"))?.fragment;
if (!both) throw new Error('e2e/fixtures/golden-links.json has no "both" link');

const loadAverage = loadavg()[0] ?? 0;
const catalogue = loadCatalogue();
const current = loadCurrentQuestionnaires();
const articles = loadArticles();
const fragments = fixtureFragments(current, catalogue, 5000);

log("building the site …");
const site = {
  articles: articles.length,
  ...(await timeBuild(process.cwd(), { logFile: join(tmpdir(), "outside-in-bench-build.log"), siteUrl })),
};
const pages = benchPages({ both, team: teamFragment(fragments.slice(0, 50)) });
const measured = await measurePages({
  port,
  runs,
  budgets: BUDGETS,
  pages,
  questionnaire: current.find((q) => q.id === "journey"),
  log,
});

log("timing scoring and aggregation …");
const scoring = timeScoring(catalogue, both);
const aggregation = timeAggregation(
  catalogue,
  fragments.map((f) => `https://outside-in.example/results/#${f}`),
  [500, 5000],
);

let build: BuildScaling = { status: "skipped", site };
if (!quick) {
  const vocabulary = {
    tags: loadTags().map((t) => t.id),
    areas: current.flatMap((q) => q.dimensions.map((d) => `${q.id}:${d.id}`)),
    sources: loadBibliography().sources.map((s) => s.id),
  };
  const copies = await timeScaledBuilds(
    process.cwd(),
    SCALED,
    vocabulary,
    articles.map((a) => a.body),
    { siteUrl, log },
  );
  build = { status: "measured", site, copies, ...marginalCost(copies) };
}

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 16).replace("T", " "),
  seconds: seconds(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown CPU",
    loadAverage,
  },
  lighthouseVersion: measured.lighthouseVersion,
  runs,
  pages: measured.pages,
  links: linkLengths(current, catalogue),
  scoring,
  aggregation,
  longTasks: measured.longTasks,
  build,
};
const verdicts = [...measured.verdicts, ...checkBudgets(results)];
const report = renderReport(results, verdicts);
mkdirSync("bench", { recursive: true });
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ ...results, verdicts, urls: pages.map((p) => pageUrl("", p)) }, null, 2)}\n`,
);
writeFileSync("bench/results.md", report);
console.log(report);
log(`done; wrote bench/results.json and bench/results.md`);

const failed = failures(verdicts);
for (const v of failed) console.error(`BUDGET FAILED  ${v.subject}: ${v.rule}, measured ${v.actual}`);
if (failed.length > 0) {
  console.error(`${failed.length} budget(s) exceeded: see scripts/bench/budgets.ts and docs/performance.md.`);
  process.exitCode = 1;
}
