// `npm run bench`: measures the working tree side by side with the baseline commit (bench/
// baseline.json, or --against REF) in one run, every timing interleaved, and judges each timing
// by its ratio to the baseline (tolerances.ts) and each exact figure by its budget (budgets.ts).
// --peer URL adds a served build of DORA's Quick Check to the same rounds. Prints a report,
// writes bench/results.{json,md}, exits 1 on any failed verdict. See docs/performance.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { golden } from "../../test/golden-links";
import { readBaseline, resolveCommit, BASELINE_FILE } from "./baseline";
import { marginalCost } from "./build-cost";
import { timeScaledBuilds } from "./build-scaling";
import { timeBuild } from "./build-site";
import { checkBudgets } from "./check-budgets";
import { fixtureFragments, teamFragment } from "./fixture-links";
import { inputReadings } from "./input-reading";
import { failures } from "./judge";
import { linkLengths } from "./link-lengths";
import { measurePages } from "./measure-pages";
import { benchPages, pageUrl } from "./pages";
import { renderReport } from "./render-report";
import type { BenchResults, BuildScaling } from "./results";
import { rotatedRounds } from "./rounds";
import { serveOut } from "./server";
import { builtCommit, nodeTimings, type NodeTimings } from "./sides";
import { timingVerdicts } from "./timing-verdicts";
import { loadArticles, loadTags } from "../../lib/content/library/load-articles";
import { loadBibliography } from "../../lib/content/library/load-sources";
import { loadCatalogue, loadCurrentQuestionnaires } from "../../lib/content/assessments/load-questionnaires";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    against: { type: "string" },
    peer: { type: "string" },
  },
});
const port = Number(process.env.BENCH_PORT ?? 3400);
/** At least five runs a side: a median of fewer moves with one busy second. */
const rounds = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const SCALED = [250, 1000] as const;
const started = performance.now();
const seconds = () => Math.round((performance.now() - started) / 1000);
const log = (line: string) => console.error(`· ${String(seconds()).padStart(4)} s  ${line}`);

const both = golden.links.find((l) => l.name.startsWith("both"))?.fragment;
if (!both) throw new Error('e2e/fixtures/golden-links.json has no "both" link');

const loadAverage = loadavg()[0] ?? 0;
const baseline = args.against
  ? { commit: resolveCommit(args.against), named: `--against ${args.against}` }
  : (() => {
      const file = readBaseline();
      return { commit: file.commit, named: `${BASELINE_FILE}, accepted ${file.accepted}` };
    })();
const origins = { ours: `http://127.0.0.1:${port}`, baseline: `http://127.0.0.1:${port + 1}` };

log(`building the baseline, ${baseline.commit.slice(0, 7)} (${baseline.named}) …`);
const baselineDir = await builtCommit(baseline.commit, origins.baseline, log);
log("building the working tree …");
const site = {
  articles: loadArticles().length,
  ...(await timeBuild(process.cwd(), { logFile: join(tmpdir(), "outside-in-bench-build.log"), siteUrl: origins.ours })),
};

const catalogue = loadCatalogue();
const current = loadCurrentQuestionnaires();
const pages = benchPages({ both, team: teamFragment(fixtureFragments(current, catalogue, 50)) });
const servers = [await serveOut(port), await serveOut(port + 1, join(baselineDir, "out"))];
let measured;
try {
  measured = await measurePages({
    sides: {
      ours: { name: "ours", origin: origins.ours },
      baseline: { name: "baseline", origin: origins.baseline },
      peer: args.peer ? { name: "peer", origin: args.peer } : null,
    },
    pages,
    rounds,
    log,
  });
} finally {
  for (const server of servers) server.stop();
}

const node: { ours: NodeTimings[]; baseline: NodeTimings[] } = { ours: [], baseline: [] };
for (const [i, order] of rotatedRounds(["ours", "baseline"] as const, rounds).entries()) {
  log(`timing scoring and aggregation, round ${i + 1} of ${rounds} …`);
  for (const side of order) node[side].push(nodeTimings(side === "ours" ? process.cwd() : baselineDir));
}

log("timing reading 1 MB of each adversarial family of input …");
const input = inputReadings();

let build: BuildScaling = { status: "skipped" };
if (!args.quick) {
  const vocabulary = {
    tags: loadTags().map((t) => t.id),
    areas: current.flatMap((q) => q.dimensions.map((d) => `${q.id}:${d.id}`)),
    sources: loadBibliography().sources.map((s) => s.id),
  };
  const projects = [
    { name: "ours", dir: process.cwd() },
    { name: "baseline", dir: resolve(baselineDir) },
  ];
  const bodies = loadArticles().map((a) => a.body);
  const copies = await timeScaledBuilds(projects, SCALED, vocabulary, bodies, { siteUrl: origins.ours, log });
  const scaling = (name: string) => {
    const builds = copies.get(name) ?? [];
    return { copies: builds, ...marginalCost(builds) };
  };
  build = { status: "measured", ours: scaling("ours"), baseline: scaling("baseline") };
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
  rounds,
  baseline,
  peer: args.peer ? { url: args.peer } : null,
  pages: measured.pages,
  links: linkLengths(current, catalogue),
  node,
  longTasks: measured.longTasks,
  input,
  site,
  build,
};
const verdicts = [...timingVerdicts(results), ...checkBudgets(results.pages)];
const report = renderReport(results, verdicts);
mkdirSync("bench", { recursive: true });
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ ...results, verdicts, urls: pages.map((p) => pageUrl("", p)) }, null, 2)}\n`,
);
writeFileSync("bench/results.md", report);
console.log(report);
log("done; wrote bench/results.json and bench/results.md");

const failed = failures(verdicts);
for (const v of failed) console.error(`FAILED  ${v.subject}: ${v.rule}, measured ${v.actual}`);
if (failed.length > 0) {
  console.error(
    `${failed.length} verdict(s) failed: see scripts/bench/tolerances.ts, budgets.ts and docs/performance.md.`,
  );
  process.exitCode = 1;
}
