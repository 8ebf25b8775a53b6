import { BUDGETS, type Budgets } from "./budgets";
import type { AssertionResult } from "./lhci";
import type { BenchPage } from "./pages";
import type { BenchResults, PageResult } from "./results";

/** One budget applied to one figure. "n/a" means there was nothing to measure yet. */
export type Verdict = { subject: string; rule: string; actual: string; status: "pass" | "fail" | "n/a" };

const verdict = (subject: string, rule: string, actual: string, ok: boolean): Verdict => ({
  subject,
  rule,
  actual,
  status: ok ? "pass" : "fail",
});

/** How an LHCI assertion reads in the report: "performance ≥ 97", measured "98". */
function describe(a: AssertionResult): { rule: string; actual: string } {
  const op = a.operator === ">=" ? "≥" : a.operator === "<=" ? "≤" : a.operator;
  if (a.auditId === "categories") {
    return {
      rule: `${a.auditProperty ?? "score"} ${op} ${Math.round(a.expected * 100)}`,
      actual: String(Math.round(a.actual * 100)),
    };
  }
  if (a.auditId === "total-blocking-time")
    return { rule: `TBT ${op} ${a.expected} ms`, actual: `${Math.round(a.actual)} ms` };
  if (a.auditId === "cumulative-layout-shift") return { rule: "CLS shows as 0.00", actual: a.actual.toFixed(3) };
  return { rule: `${a.auditId ?? a.name} ${op} ${a.expected}`, actual: String(a.actual) };
}

/** LHCI's assertions (every one, passed or not) as the report's verdicts, named by page. */
export function lighthouseVerdicts(
  assertions: readonly AssertionResult[],
  pages: readonly BenchPage[],
  origin: string,
): Verdict[] {
  return pages.flatMap((page) =>
    assertions
      .filter((a) => a.url === `${origin}${page.path}`)
      .map((a) => ({ subject: page.name, ...describe(a), status: a.passed ? "pass" : "fail" })),
  );
}

function pageVerdicts(result: PageResult, budgets: Budgets): Verdict[] {
  const { page } = result;
  const js = page.charts ? budgets.jsKb.chart : budgets.jsKb.plain;
  const verdicts = [
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
  if (page.ready !== undefined)
    verdicts.push(
      verdict(
        page.name,
        "shows its report",
        result.weight.ready ? page.ready : `no ${page.ready}`,
        result.weight.ready,
      ),
    );
  return verdicts;
}

/**
 * Applies every budget but Lighthouse's (LHCI asserts those: lighthouseVerdicts) to a bench run.
 * The run fails when any verdict is "fail".
 */
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
