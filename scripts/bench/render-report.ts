import type { Verdict } from "./judge";
import type { BenchResults, PageRuns } from "./results";
import { buildRows, mid, nodeRows, ratio, table, timingRows, weightRows, whole } from "./report-rows";

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
