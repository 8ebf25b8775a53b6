import { RadarChart } from "@/components/charts/radar-chart";
import { formatDate } from "@/components/shared/format-date";
import type { QuestionnaireComparison } from "@/lib/compare/compare";
import { chartScale } from "@/lib/scoring/scale";
import { ChangeTable } from "./change-table";

type Props = {
  comparisons: QuestionnaireComparison[];
  unmatched: string[];
  dates: { before?: string; after?: string };
};

const label = (date: string | undefined, fallback: string) => (date ? formatDate(date) : fallback);

export function ComparisonReport({ comparisons, unmatched, dates }: Props) {
  const before = label(dates.before, "Earlier");
  const after = label(dates.after, "Later");
  return (
    <div className="comparison-report">
      {comparisons.length === 0 && (
        <p className="notice notice-warn" role="alert">
          These two results share no assessment, so there is nothing to compare.
        </p>
      )}
      {comparisons.map((c) => (
        <section key={c.questionnaireId} className="report" aria-labelledby={`compare-${c.questionnaireId}`}>
          <h2 id={`compare-${c.questionnaireId}`}>{c.title}</h2>
          <p className="overall-value">
            {c.kind === "stages" ? "Overall stage" : "Overall avoidance"}: {c.overall.before ?? "not enough answers"} →{" "}
            {c.overall.after ?? "not enough answers"}
            {c.overall.direction && ` (${c.overall.direction})`}
          </p>
          {c.beforeVersion !== c.afterVersion && (
            <p className="notice">
              The earlier result used version {c.beforeVersion} of this questionnaire and the later one version{" "}
              {c.afterVersion}. Areas are compared where both versions have them.
            </p>
          )}
          <div className="chart-pair">
            <RadarChart
              axes={c.dimensions.map((d) => ({ id: d.id, label: d.name }))}
              series={[
                {
                  name: before,
                  values: Object.fromEntries(c.dimensions.map((d) => [d.id, d.before])),
                  tone: "secondary",
                },
                { name: after, values: Object.fromEntries(c.dimensions.map((d) => [d.id, d.after])), tone: "primary" },
              ]}
              {...chartScale(c.kind)}
              description={`Radar chart comparing ${before} (grey) with ${after} (blue). The table beside it lists every change.`}
            />
            <ChangeTable comparison={c} before={before} after={after} />
          </div>
          {c.notComparable.length > 0 && (
            <>
              <h3>Not comparable</h3>
              <ul>
                {c.notComparable.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {unmatched.length > 0 && (
        <p className="muted">Only in one of the two results, so not compared: {unmatched.join(", ")}.</p>
      )}
    </div>
  );
}
