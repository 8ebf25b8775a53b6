import { RadarChart } from "@/components/charts/radar-chart";
import { formatDate } from "@/lib/shared/dates";
import type { QuestionnaireComparison } from "@/lib/compare/compare";
import type { PreviousResult } from "@/lib/link/result-schema";
import { chartScale } from "@/lib/scoring/scale";
import { MovedAnswersList } from "@/components/shared/moved-answers-list";
import { OverallChange } from "@/components/shared/overall-change";
import { ChangeTable } from "@/components/shared/change-table";

type Props = {
  comparisons: QuestionnaireComparison[];
  unmatched: string[];
  /** Who each side is and when: the names and date its link carries. */
  sides: { before: Side; after: Side };
};

type Side = Pick<PreviousResult, "label" | "org" | "date">;

/** "Earlier: Head of service · Acme · 14 October 2025", from whatever the link carries. */
function SideLine({ name, side }: { name: string; side: Side }) {
  const parts = [side.label, side.org].filter((p) => p !== undefined);
  return (
    <p className="compare-side">
      <strong>{name}:</strong>{" "}
      {parts.map((p, i) => (
        <span key={i}>
          <bdi>{p}</bdi> ·{" "}
        </span>
      ))}
      {side.date ? formatDate(side.date) : "no date in the link"}
    </p>
  );
}

export function ComparisonReport({ comparisons, unmatched, sides }: Props) {
  // Columns and series are named by the words the two lines above them use: two full dates as
  // column heads would not fit a phone, and two links of one day would not be told apart.
  const [before, after] = ["Earlier", "Later"];
  return (
    <div className="comparison-report">
      <SideLine name="Earlier" side={sides.before} />
      <SideLine name="Later" side={sides.after} />
      {comparisons.length === 0 && (
        <p className="notice notice-warn" role="alert">
          These two results share no assessment, so there is nothing to compare.
        </p>
      )}
      {comparisons.map((c) => (
        <section key={c.questionnaireId} className="report" aria-labelledby={`compare-${c.questionnaireId}`}>
          <h2 id={`compare-${c.questionnaireId}`}>{c.title}</h2>
          <OverallChange comparison={c} />
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
          <MovedAnswersList moved={c.moved} />
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
