import { describePhases } from "./build-phases";
import type { Verdict } from "./judge";
import type { LighthouseRun } from "./lighthouse-report";
import type { BenchResults, BuildTiming, PageRuns, Scaling } from "./results";
import type { NodeTimings } from "./sides";
import { median } from "./stats";

const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");

const whole = (value: number) => Math.round(value).toLocaleString("en-GB");
const kb = (value: number) => value.toFixed(1);
const ratio = (ours: number, other: number) => (other === 0 ? "–" : `×${(ours / other).toFixed(2)}`);
const mid = (values: readonly number[]) => (values.length === 0 ? null : median(values));

type Metric = keyof Pick<LighthouseRun, "performance" | "tbtMs" | "lcpMs" | "mainThreadMs" | "cpuIndex">;
const METRICS: [Metric, string][] = [
  ["performance", "performance"],
  ["tbtMs", "TBT ms"],
  ["lcpMs", "LCP ms"],
  ["mainThreadMs", "main thread ms"],
  ["cpuIndex", "CPU index"],
];

/** One row a page and figure: our median, the baseline's, the ratio, and the peer's where there is one. */
function timingRows(pages: readonly PageRuns[], withPeer: boolean): string[][] {
  const row = (name: string, label: string, ours: number | null, base: number | null, peer: number | null) => {
    const cell = (v: number | null) => (v === null ? "–" : whole(v));
    const cells = [name, label, cell(ours), cell(base), ours !== null && base !== null ? ratio(ours, base) : "–"];
    return withPeer ? [...cells, cell(peer), ours !== null && peer !== null ? ratio(ours, peer) : "–"] : cells;
  };
  return pages.flatMap((p) => {
    const at = (runs: readonly LighthouseRun[], metric: Metric) => mid(runs.map((r) => r[metric]));
    return [
      ...METRICS.map(([metric, label]) =>
        row(p.page.name, label, at(p.ours, metric), at(p.baseline, metric), at(p.peer, metric)),
      ),
      row(p.page.name, "main-thread CPU ms", mid(p.cpu.ours), mid(p.cpu.baseline), mid(p.cpu.peer)),
    ];
  });
}

function weightRows(pages: readonly PageRuns[]): string[][] {
  return pages.map(({ page, ours, weight: w, baselineWeight: b }) => {
    const score = (key: "accessibility" | "bestPractices" | "seo") => {
      const value = mid(ours.map((r) => r[key]));
      return value === null ? "–" : String(value);
    };
    const cls = mid(ours.map((r) => r.cls));
    const delta = w.jsKb - b.jsKb;
    return [
      `${page.name}${page.charts ? " ◔" : ""}`,
      score("accessibility"),
      score("bestPractices"),
      score("seo"),
      cls === null ? "–" : cls.toFixed(2),
      `${kb(w.jsKb)} (${w.jsFiles})`,
      `${delta >= 0 ? "+" : ""}${kb(delta)}`,
      kb(w.lateJsKb),
      kb(w.cssKb),
      w.recharts ? "yes" : "no",
    ];
  });
}

function nodeRows({ ours, baseline }: { ours: NodeTimings[]; baseline: NodeTimings[] }): string[][] {
  const scoring = (runs: NodeTimings[], q: string) =>
    mid(runs.flatMap((r) => r.scoring.filter((s) => s.questionnaire === q).map((s) => s.usPerCall)));
  const aggregation = (runs: NodeTimings[], n: number) =>
    mid(runs.flatMap((r) => r.aggregation.flatMap((a) => (a.links === n && a.ms !== null ? [a.ms] : []))));
  const row = (what: string, o: number | null, b: number | null, unit: string) => [
    what,
    o === null ? "n/a" : `${o.toFixed(1)} ${unit}`,
    b === null ? "n/a" : `${b.toFixed(1)} ${unit}`,
    o !== null && b !== null ? ratio(o, b) : "–",
  ];
  const first = ours[0];
  return [
    ...(first?.scoring ?? []).map((s) =>
      row(
        `scoreAssessment, ${s.questionnaire}`,
        scoring(ours, s.questionnaire),
        scoring(baseline, s.questionnaire),
        "µs",
      ),
    ),
    ...(first?.aggregation ?? []).map((a) =>
      row(
        `aggregate ${a.links.toLocaleString("en-GB")} links`,
        aggregation(ours, a.links),
        aggregation(baseline, a.links),
        "ms",
      ),
    ),
  ];
}

const buildCell = (b: BuildTiming) => `${whole(b.ms)} ms (${describePhases(b.phases) || "phases not reported"})`;

function buildRows(results: BenchResults): string[][] {
  const { build, site } = results;
  const rows = [[`our site, ${site.articles} articles`, buildCell(site), "–"]];
  if (build.status === "skipped") return [...rows, ["build scaling", "skipped (--quick)", "skipped"]];
  const copyRows = (s: Scaling, b: Scaling) =>
    s.copies.map((c, i) => [
      `${c.articles.toLocaleString("en-GB")} articles`,
      buildCell(c),
      b.copies[i] ? buildCell(b.copies[i]) : "–",
    ]);
  return [
    ...rows,
    ...copyRows(build.ours, build.baseline),
    [
      "cost per extra article, without compile and types",
      `${build.ours.msPerArticle.toFixed(1)} ms (whole builds ${build.ours.wholeMsPerArticle.toFixed(1)})`,
      `${build.baseline.msPerArticle.toFixed(1)} ms (whole builds ${build.baseline.wholeMsPerArticle.toFixed(1)})`,
    ],
  ];
}

/** Pages a side has fewer runs of than the rounds: medians of fewer runs, said plainly. */
function missingRuns(results: BenchResults): string[] {
  const sides = (p: PageRuns): ("ours" | "baseline" | "peer")[] =>
    results.peer && p.page.peer ? ["ours", "baseline", "peer"] : ["ours", "baseline"];
  const short = results.pages.flatMap((p) =>
    sides(p).flatMap((side) =>
      p[side].length < results.rounds ? [`${p.page.name} (${side}: ${p[side].length} of ${results.rounds})`] : [],
    ),
  );
  return short.length === 0 ? [] : [`Fewer runs than rounds: ${short.join(", ")}.`, ""];
}

/** The whole run as Markdown: what `npm run bench` prints and writes to bench/results.md. */
export function renderReport(results: BenchResults, verdicts: readonly Verdict[]): string {
  const { machine: m, longTasks } = results;
  const peer = results.peer !== null;
  const flow = (what: string, key: "totalMs" | "cpuMs") => {
    const [o, b] = [mid(longTasks.ours.map((t) => t[key])), mid(longTasks.baseline.map((t) => t[key]))];
    return [
      what,
      o === null ? "n/a" : `${whole(o)} ms`,
      b === null ? "n/a" : `${whole(b)} ms`,
      o !== null && b !== null ? ratio(o, b) : "–",
    ];
  };
  return [
    `# Bench ${results.date}`,
    "",
    `Ours: the working tree. Baseline: ${results.baseline.commit.slice(0, 7)} (${results.baseline.named}).` +
      (peer ? ` Peer: DORA's Quick Check at ${results.peer?.url}.` : "") +
      ` ${results.rounds} rounds, each side once a round in rotated order; medians.`,
    `Node ${m.node}, ${m.cpus} × ${m.cpuModel}, load average ${m.loadAverage.toFixed(1)} at the start. ` +
      `Lighthouse ${results.lighthouseVersion} (mobile defaults: simulated slow 4G, 4× CPU) through Lighthouse CI. ` +
      `The bench took ${results.seconds} s.`,
    "",
    "## Timings, side by side",
    "",
    "Judged by ratio to the baseline (`scripts/bench/tolerances.ts`); the absolute figures move with the machine (CPU index: higher is faster).",
    "",
    table(
      ["page", "figure", "ours", "baseline", "÷ baseline", ...(peer ? ["DORA", "÷ DORA"] : [])],
      timingRows(results.pages, peer),
    ),
    "",
    ...missingRuns(results),
    table(
      ["what", "ours", "baseline", "÷ baseline"],
      [
        ...nodeRows(results.node),
        flow("long tasks answering the journey, CPU 4× slower, in all", "totalMs"),
        flow("main-thread CPU answering the journey", "cpuMs"),
      ],
    ),
    "",
    table(["build", "ours", "baseline"], buildRows(results)),
    "",
    "Reading 1 MB of each adversarial family of input in Node, ours only (`scripts/bench/input-reading.ts`): the fastest of five runs, and how it grows from an eighth of the size (8 is linear, 64 quadratic).",
    "",
    table(
      ["input", "ms for 1 MB", "× from 1/8 MB"],
      results.input.map((r) => [r.input, `${whole(r.msPerMb)} ms`, `×${r.growth.toFixed(1)}`]),
    ),
    "",
    "## Exact figures",
    "",
    "Bytes and pass-or-fail scores read the same on any machine: absolute budgets (`scripts/bench/budgets.ts`). ◔ = chart page.",
    "",
    table(
      [
        "page",
        "a11y",
        "best pr.",
        "SEO",
        "CLS",
        "JS KB gz (files)",
        "Δ baseline",
        "JS after load",
        "CSS KB gz",
        "recharts",
      ],
      weightRows(results.pages),
    ),
    "",
    table(
      ["questionnaire", "questions", "bound chars", "fragment chars", "× bound"],
      results.links.map((l) => [
        `${l.questionnaire} v${l.version}`,
        String(l.questions),
        l.boundChars.toFixed(1),
        String(l.fragmentChars),
        l.fragmentRatio.toFixed(2),
      ]),
    ),
    "",
    "## Verdicts",
    "",
    table(
      ["subject", "rule", "measured", "verdict"],
      verdicts.map((v) => [v.subject, v.rule, v.actual, v.status === "fail" ? "**FAIL**" : v.status]),
    ),
    "",
  ].join("\n");
}
