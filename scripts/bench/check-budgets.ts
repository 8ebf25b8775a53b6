import { BUDGETS, type Budgets } from "./budgets";
import type { BenchResults, PageResult } from "./results";

/** One budget applied to one figure. "n/a" means there was nothing to measure yet. */
export type Verdict = { subject: string; rule: string; actual: string; status: "pass" | "fail" | "n/a" };

const verdict = (subject: string, rule: string, actual: string, ok: boolean): Verdict => ({
  subject,
  rule,
  actual,
  status: ok ? "pass" : "fail",
});

/** CLS is judged as printed, to two decimals: 0.004 shows as 0.00 and passes. */
const clsShown = (cls: number) => Math.round(cls * 100) / 100;

function pageVerdicts(result: PageResult, budgets: Budgets): Verdict[] {
  const { page } = result;
  if (result.status === "not-built") {
    return [
      {
        subject: page.name,
        rule: "every page budget",
        actual: `not built yet (${page.pending ?? "404"})`,
        status: "n/a",
      },
    ];
  }
  const lh = result.lighthouse;
  const b = budgets.lighthouse;
  const own = page.budget === "results" ? b.results : null;
  const perf = own?.performance ?? (page.charts ? b.performance.chart : b.performance.plain);
  const js = page.charts ? budgets.jsKb.chart : budgets.jsKb.plain;
  const tbt = own?.tbtMs ?? (page.charts ? b.tbtMs.chart : b.tbtMs.plain);
  const verdicts = [
    verdict(
      page.name,
      `accessibility = ${b.accessibility}`,
      String(lh.accessibility),
      lh.accessibility >= b.accessibility,
    ),
    verdict(
      page.name,
      `best-practices = ${b.bestPractices}`,
      String(lh.bestPractices),
      lh.bestPractices >= b.bestPractices,
    ),
    verdict(page.name, `SEO = ${b.seo}`, String(lh.seo), lh.seo >= b.seo),
    verdict(page.name, `performance ≥ ${perf}`, String(lh.performance), lh.performance >= perf),
    verdict(page.name, `TBT ≤ ${tbt} ms`, `${Math.round(lh.tbtMs)} ms`, lh.tbtMs <= tbt),
    verdict(page.name, `CLS ≤ ${b.cls.toFixed(2)}`, lh.cls.toFixed(3), clsShown(lh.cls) <= b.cls),
    verdict(page.name, `JS ≤ ${js} KB gz`, `${result.weight.jsKb.toFixed(1)} KB`, result.weight.jsKb <= js),
  ];
  if (budgets.rechartsOnlyOnChartPages && !page.charts) {
    verdicts.push(
      verdict(page.name, "no recharts", result.weight.recharts ? "recharts loaded" : "none", !result.weight.recharts),
    );
  }
  // A chart page that never loads its chart was measured without its report (a bad fixture
  // link, say), so its figures would flatter the site.
  if (page.charts) {
    verdicts.push(
      verdict(
        page.name,
        "draws its chart",
        result.weight.recharts ? "recharts loaded" : "no chart loaded",
        result.weight.recharts,
      ),
    );
  }
  return verdicts;
}

/** Applies every budget to a bench run. The run fails when any verdict is "fail". */
export function checkBudgets(results: BenchResults, budgets: Budgets = BUDGETS): Verdict[] {
  const five = results.aggregation.find((a) => a.links === 5000);
  const aggregate: Verdict =
    five?.ms == null
      ? {
          subject: "aggregation",
          rule: `5,000 links < ${budgets.aggregate5000Ms} ms`,
          actual: five?.note ?? "not measured",
          status: "n/a",
        }
      : verdict(
          "aggregation",
          `5,000 links < ${budgets.aggregate5000Ms} ms`,
          `${five.ms.toFixed(1)} ms`,
          five.ms < budgets.aggregate5000Ms,
        );
  const { build } = results;
  const buildRule = `≤ ${budgets.buildMsPerArticle} ms per article`;
  const scaling: Verdict =
    build.status === "skipped"
      ? { subject: "build", rule: buildRule, actual: "skipped (--quick)", status: "n/a" }
      : verdict(
          "build",
          buildRule,
          `${build.msPerArticle.toFixed(1)} ms`,
          build.msPerArticle <= budgets.buildMsPerArticle,
        );
  return [...results.pages.flatMap((p) => pageVerdicts(p, budgets)), aggregate, scaling];
}

export const failures = (verdicts: readonly Verdict[]) => verdicts.filter((v) => v.status === "fail");
