import type { Verdict } from "./check-budgets";
import { describePhases } from "./build-phases";
import type { BenchResults, BuildTiming, PageResult } from "./results";

const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");

const ms = (value: number) => Math.round(value).toLocaleString("en-GB");
const kb = (value: number) => value.toFixed(1);

function pageRow(result: PageResult): string[] {
  const name = `${result.page.name}${result.page.charts ? " ◔" : ""}`;
  const { lighthouse: l, weight: w } = result;
  return [
    name,
    String(l.performance),
    String(l.accessibility),
    String(l.bestPractices),
    String(l.seo),
    ms(l.lcpMs),
    ms(l.tbtMs),
    l.cls.toFixed(2),
    `${kb(w.jsKb)} (${w.jsFiles})`,
    kb(w.lateJsKb),
    kb(w.cssKb),
    kb(w.fontKb),
    w.recharts ? "yes" : "no",
    String(Math.round(l.cpuIndex)),
  ];
}

const buildRow = (what: string, b: BuildTiming) => [
  `build, ${what} with ${b.articles.toLocaleString("en-GB")} articles`,
  `${ms(b.ms)} ms (${describePhases(b.phases) || "phases not reported"})`,
];

function figures(results: BenchResults): string[][] {
  const { build } = results;
  const rows = [
    ...results.scoring.map((s) => [`scoreAssessment, ${s.questionnaire}`, `${s.usPerCall.toFixed(1)} µs per call`]),
    ...results.aggregation.map((a) => [
      `aggregate ${a.links.toLocaleString("en-GB")} links`,
      a.ms === null ? (a.note ?? "n/a") : `${a.ms.toFixed(1)} ms`,
    ]),
    ...results.longTasks.map((t) => [
      `long tasks answering the journey, CPU ${t.cpuSlowdown}× slower`,
      `${t.count} over 50 ms, longest ${ms(t.maxMs)} ms, ${ms(t.totalMs)} ms in all`,
    ]),
    buildRow("site", build.site),
  ];
  if (build.status === "skipped") return [...rows, ["build scaling", "skipped (--quick)"]];
  return [
    ...rows,
    ...build.copies.map((c) => buildRow("copy", c)),
    [
      "build, marginal cost",
      `${build.msPerArticle.toFixed(1)} ms per article without compile and types (whole builds: ${build.wholeMsPerArticle.toFixed(1)} ms)`,
    ],
  ];
}

/** Below this, Lighthouse itself reports a CPU slower than it expects: the machine was busy. */
const BUSY_CPU_INDEX = 1000;

function busyNote(results: BenchResults): string[] {
  const busy = results.pages.flatMap((r) => (r.lighthouse.cpuIndex < BUSY_CPU_INDEX ? [r.page.name] : []));
  if (busy.length === 0) return [];
  return [
    `CPU index below ${BUSY_CPU_INDEX} on ${busy.join(", ")}: other work slowed the CPU, so TBT and performance there read worse than the site is.`,
    "",
  ];
}

/** The whole run as Markdown: what `npm run bench` prints and writes to bench/results.md. */
export function renderReport(results: BenchResults, verdicts: readonly Verdict[]): string {
  const { machine: m } = results;
  return [
    `# Bench ${results.date}`,
    "",
    `Node ${m.node}, ${m.cpus} × ${m.cpuModel}, load average ${m.loadAverage.toFixed(1)} at the start. ` +
      `Lighthouse ${results.lighthouseVersion} through Lighthouse CI, mobile defaults, the median of ${results.runs} runs. ◔ = chart page. ` +
      `The bench took ${results.seconds} s.`,
    "",
    "## Pages",
    "",
    table(
      [
        "page",
        "perf",
        "a11y",
        "best pr.",
        "SEO",
        "LCP ms",
        "TBT ms",
        "CLS",
        "JS KB gz (files)",
        "JS after load",
        "CSS KB gz",
        "font KB",
        "recharts",
        "CPU index",
      ],
      results.pages.map(pageRow),
    ),
    "",
    ...busyNote(results),
    "What cost points and what shifted, run by run: the Lighthouse reports LHCI keeps in `bench/lhci/`.",
    "",
    "## Share links",
    "",
    table(
      [
        "questionnaire",
        "questions",
        "bound bits",
        "bound chars",
        "answers chars",
        "× bound",
        "fragment chars",
        "× bound",
      ],
      results.links.map((l) => [
        `${l.questionnaire} v${l.version}`,
        String(l.questions),
        l.bits.toFixed(1),
        l.boundChars.toFixed(1),
        String(l.answersChars),
        l.answersRatio.toFixed(2),
        String(l.fragmentChars),
        l.fragmentRatio.toFixed(2),
      ]),
    ),
    "",
    "## Times",
    "",
    table(["what", "figure"], figures(results)),
    "",
    "## Budgets",
    "",
    table(
      ["subject", "budget", "actual", "verdict"],
      verdicts.map((v) => [v.subject, v.rule, v.actual, v.status === "fail" ? "**FAIL**" : v.status]),
    ),
    "",
  ].join("\n");
}
