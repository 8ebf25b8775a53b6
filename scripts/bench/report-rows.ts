// The tables of the bench's report, row by row: each figure formatted as render-report.ts prints it.
import { describePhases } from "./build-phases";
import type { LighthouseRun } from "./lighthouse-report";
import type { BenchResults, BuildTiming, PageRuns, Scaling } from "./results";
import type { NodeTimings } from "./sides";
import { median } from "./stats";

export const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");

export const whole = (value: number) => Math.round(value).toLocaleString("en-GB");
const kb = (value: number) => value.toFixed(1);
export const ratio = (ours: number, other: number) => (other === 0 ? "–" : `×${(ours / other).toFixed(2)}`);
export const mid = (values: readonly number[]) => (values.length === 0 ? null : median(values));

type Metric = keyof Pick<LighthouseRun, "performance" | "tbtMs" | "lcpMs" | "mainThreadMs" | "cpuIndex">;
const METRICS: [Metric, string][] = [
  ["performance", "performance"],
  ["tbtMs", "TBT ms"],
  ["lcpMs", "LCP ms"],
  ["mainThreadMs", "main thread ms"],
  ["cpuIndex", "CPU index"],
];

/** One row a page and figure: our median, the baseline's, the ratio, and the peer's where there is one. */
export function timingRows(pages: readonly PageRuns[], withPeer: boolean): string[][] {
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

export function weightRows(pages: readonly PageRuns[]): string[][] {
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

export function nodeRows({ ours, baseline }: { ours: NodeTimings[]; baseline: NodeTimings[] }): string[][] {
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

export function buildRows(results: BenchResults): string[][] {
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
