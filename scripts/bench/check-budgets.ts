import { BUDGETS, type Budgets } from "./budgets";
import type { Verdict } from "./judge";
import type { LighthouseRun } from "./lighthouse-report";
import type { PageRuns } from "./results";
import { median } from "./stats";

const verdict = (subject: string, rule: string, actual: string, ok: boolean): Verdict => ({
  subject,
  rule,
  actual,
  status: ok ? "pass" : "fail",
});

type Score = "accessibility" | "bestPractices" | "seo";
const SCORES: [Score, string][] = [
  ["accessibility", "accessibility"],
  ["bestPractices", "best practices"],
  ["seo", "SEO"],
];

/** Lighthouse's pass-or-fail figures, over the median of our runs: they do not depend on the CPU. */
function lighthouseVerdicts(name: string, runs: readonly LighthouseRun[], budgets: Budgets): Verdict[] {
  if (runs.length === 0) return [{ subject: name, rule: "Lighthouse ran", actual: "no run", status: "fail" }];
  const b = budgets.lighthouse;
  const scores = SCORES.map(([key, label]) => {
    const value = median(runs.map((r) => r[key]));
    return verdict(name, `${label} ≥ ${b[key]}`, String(value), value >= b[key]);
  });
  const cls = median(runs.map((r) => r.cls));
  // Judged as printed, to two decimals: 0.004 shows as 0.00 and passes.
  return [...scores, verdict(name, `CLS shows as ${b.cls.toFixed(2)}`, cls.toFixed(3), cls < b.cls + 0.005)];
}

function weightVerdicts({ page, weight }: PageRuns, budgets: Budgets): Verdict[] {
  const js = page.charts ? budgets.jsKb.chart : budgets.jsKb.plain;
  const verdicts = [verdict(page.name, `JS ≤ ${js} KB gz`, `${weight.jsKb.toFixed(1)} KB`, weight.jsKb <= js)];
  if (budgets.rechartsOnlyOnChartPages && !page.charts) {
    verdicts.push(verdict(page.name, "no recharts", weight.recharts ? "recharts loaded" : "none", !weight.recharts));
  }
  // A chart page that never loads its chart was measured without its report (a bad fixture
  // link, say), so its figures would flatter the site.
  if (page.charts) {
    verdicts.push(
      verdict(page.name, "draws its chart", weight.recharts ? "recharts loaded" : "no chart loaded", weight.recharts),
    );
  }
  if (page.ready !== undefined)
    verdicts.push(verdict(page.name, "shows its report", weight.ready ? page.ready : `no ${page.ready}`, weight.ready));
  return verdicts;
}

/**
 * The absolute budgets (budgets.ts) applied to our side of a run: figures that read the same
 * on any machine. The run fails when any verdict is "fail".
 */
export function checkBudgets(pages: readonly PageRuns[], budgets: Budgets = BUDGETS): Verdict[] {
  return pages.flatMap((p) => [...lighthouseVerdicts(p.page.name, p.ours, budgets), ...weightVerdicts(p, budgets)]);
}
