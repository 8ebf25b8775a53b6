import { judge, peerClaim, type Verdict } from "./judge";
import type { LighthouseRun } from "./lighthouse-report";
import { QUESTION_PAGE } from "./pages";
import type { BenchResults, PageRuns } from "./results";
import type { NodeTimings } from "./sides";
import { TOLERANCES } from "./tolerances";

type Metric = "performance" | "tbtMs" | "lcpMs" | "mainThreadMs";
const PAGE_METRICS = [
  ["performance", TOLERANCES.performance],
  ["tbtMs", TOLERANCES.tbt],
  ["lcpMs", TOLERANCES.lcp],
  ["mainThreadMs", TOLERANCES.mainThread],
] as const satisfies readonly (readonly [Metric, unknown])[];

const values = (runs: readonly LighthouseRun[], metric: Metric) => runs.map((r) => r[metric]);

function pageVerdicts({ page, ours, baseline, cpu }: PageRuns): Verdict[] {
  return [
    ...PAGE_METRICS.map(([metric, tolerance]) =>
      judge(page.name, tolerance, { ours: values(ours, metric), baseline: values(baseline, metric) }),
    ),
    judge(page.name, TOLERANCES.loadCpu, { ours: cpu.ours, baseline: cpu.baseline }),
  ];
}

/** Every run's figure for one questionnaire's scoring, or one count's aggregation; failed runs left out. */
const scoringOf = (runs: readonly NodeTimings[], questionnaire: string) =>
  runs.flatMap((r) => r.scoring.filter((s) => s.questionnaire === questionnaire).map((s) => s.usPerCall));
const aggregationOf = (runs: readonly NodeTimings[], links: number) =>
  runs.flatMap((r) => r.aggregation.flatMap((a) => (a.links === links && a.ms !== null ? [a.ms] : [])));

function nodeVerdicts({ ours, baseline }: BenchResults["node"]): Verdict[] {
  const questionnaires = [...new Set(ours.flatMap((r) => r.scoring.map((s) => s.questionnaire)))];
  const counts = [...new Set(ours.flatMap((r) => r.aggregation.map((a) => a.links)))];
  return [
    ...questionnaires.map((q) =>
      judge(`scoring ${q}`, TOLERANCES.scoring, { ours: scoringOf(ours, q), baseline: scoringOf(baseline, q) }),
    ),
    ...counts.map((n) =>
      judge(`aggregate ${n.toLocaleString("en-GB")} links`, TOLERANCES.aggregation, {
        ours: aggregationOf(ours, n),
        baseline: aggregationOf(baseline, n),
      }),
    ),
  ];
}

/**
 * With a peer: the question page starts as lightly as DORA's Quick Check (main-thread work no
 * more than its first question's, in Lighthouse's figure and in CPU time), and the report
 * blocks no more than its results do.
 */
function peerVerdicts(pages: readonly PageRuns[]): Verdict[] {
  const question = pages.find((p) => p.page.path === QUESTION_PAGE && p.peer.length > 0);
  const results = pages.find((p) => p.page.peer === "results" && p.peer.length > 0);
  const claim = (p: PageRuns, label: string, figures: (runs: readonly LighthouseRun[]) => number[]) =>
    peerClaim(
      p.page.name,
      { label, unit: "ms", ratio: 1, peer: "DORA's Quick Check" },
      { ours: figures(p.ours), peer: figures(p.peer) },
    );
  return [
    ...(question
      ? [
          claim(question, "main-thread work (Lighthouse)", (runs) => values(runs, "mainThreadMs")),
          peerClaim(
            question.page.name,
            { label: "main-thread CPU to load", unit: "ms", ratio: 1, peer: "DORA's Quick Check" },
            { ours: question.cpu.ours, peer: question.cpu.peer },
          ),
        ]
      : []),
    ...(results ? [claim(results, "total blocking time", (runs) => values(runs, "tbtMs"))] : []),
  ];
}

/** Every timing of a run, judged side by side with the baseline (and the peer, if there was one). */
export function timingVerdicts(results: BenchResults): Verdict[] {
  const { build, longTasks } = results;
  const buildVerdict =
    build.status === "skipped"
      ? []
      : [
          judge("build", TOLERANCES.buildPerArticle, {
            ours: [build.ours.msPerArticle],
            baseline: [build.baseline.msPerArticle],
          }),
        ];
  return [
    ...results.pages.flatMap(pageVerdicts),
    judge("question flow", TOLERANCES.longTasks, {
      ours: longTasks.ours.map((t) => t.totalMs),
      baseline: longTasks.baseline.map((t) => t.totalMs),
    }),
    judge("question flow", TOLERANCES.answerCpu, {
      ours: longTasks.ours.map((t) => t.cpuMs),
      baseline: longTasks.baseline.map((t) => t.cpuMs),
    }),
    ...nodeVerdicts(results.node),
    ...buildVerdict,
    ...(results.peer ? peerVerdicts(results.pages) : []),
  ];
}
