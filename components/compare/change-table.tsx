import type { ComparisonView } from "@/lib/compare/comparison-view";
import { ScoreTable } from "@/components/shared/score-table";

/**
 * The change in every area, before, after and change side by side. Narrow columns and the
 * area name that wraps keep all three on a 360 px phone without the table scrolling sideways.
 */
export function ChangeTable({ view, before, after }: { view: ComparisonView; before: string; after: string }) {
  return (
    <ScoreTable
      className="change-table"
      caption={<>Change by area: {view.scale}</>}
      columns={["Area", before, after, "Change"]}
    >
      {view.rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            {r.name}
            {r.caution && <span className="muted change-caution"> {r.caution}</span>}
          </th>
          <td>{r.before}</td>
          <td>{r.after}</td>
          <td className={r.tone ? `change-${r.tone}` : undefined}>{r.change}</td>
        </tr>
      ))}
    </ScoreTable>
  );
}
