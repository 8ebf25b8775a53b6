import { QuadrantSvg } from "@/components/charts/quadrant-svg";
import { ScoreTable } from "@/components/shared/score-table";
import type { QuadrantChart } from "@/lib/report/importance-view";

/**
 * Where each marked area sits by importance and stage now, as a picture and as a table that
 * holds the same: the table is what a screen reader reads and what prints beside the chart.
 */
export function ImportanceChart({ chart }: { chart: QuadrantChart }) {
  const notes = Object.fromEntries(chart.rows.map((r) => [r.id, `${r.name}: ${r.level}, ${r.figure}, ${r.where}`]));
  return (
    <section className="importance-chart" aria-labelledby="importance-chart-title">
      <h3 id="importance-chart-title">What matters, and how mature it is</h3>
      <p className="muted">Placed by the importance you marked and the stage now: {chart.rule}.</p>
      <div className="quadrant-figure" role="img" aria-label={chart.description}>
        <QuadrantSvg layout={chart.layout} notes={notes} />
      </div>
      <ScoreTable
        caption="Each marked area, by importance and stage now"
        columns={["Area (its number on the chart)", "Importance", "Stage now", "Where it sits"]}
        scroll={{ label: "Marked areas by importance and stage now" }}
      >
        {chart.rows.map((r) => (
          <tr key={r.id} data-dimension={r.id}>
            <th scope="row">
              {r.number}. {r.name}
            </th>
            <td>{r.level}</td>
            <td>{r.figure}</td>
            <td>{r.where}</td>
          </tr>
        ))}
      </ScoreTable>
      {chart.unplaced.length > 0 && (
        <p className="muted">Not placed (not marked, or not enough answers): {chart.unplaced.join(", ")}.</p>
      )}
    </section>
  );
}
