import { QuadrantSvg } from "@/components/charts/quadrant-svg";
import { ScoreTable } from "@/components/shared/score-table";
import { fill } from "@/lib/i18n/format";
import type { QuadrantChart } from "@/lib/report/importance-view";

/**
 * Where each marked area sits by importance and stage now, as a picture and as a table that
 * holds the same: the table is what a screen reader reads and what prints beside the chart.
 */
export function ImportanceChart({ chart }: { chart: QuadrantChart }) {
  const m = chart.text;
  const notes = Object.fromEntries(
    chart.rows.map((r) => [r.id, fill(m.note, { name: r.name, level: r.level, figure: r.figure, where: r.where })]),
  );
  return (
    <section className="importance-chart" aria-labelledby="importance-chart-title">
      <h3 id="importance-chart-title">{m.chartTitle}</h3>
      <p className="muted">{fill(m.placed, { rule: chart.rule })}</p>
      <div className="quadrant-figure" role="img" aria-label={chart.description}>
        <QuadrantSvg layout={chart.layout} notes={notes} words={m} />
      </div>
      <ScoreTable caption={m.caption} columns={m.columns} scroll={{ label: m.scrollLabel }}>
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
      {chart.unplaced.length > 0 && <p className="muted">{fill(m.unplaced, { areas: chart.unplaced.join(", ") })}</p>}
    </section>
  );
}
