import type { ComparisonView } from "@/lib/compare/comparison-view";

/**
 * The change in every area, before, after and change side by side. Narrow columns and the
 * area name that wraps keep all three on a 360 px phone without the table scrolling sideways.
 */
export function ChangeTable({ view, before, after }: { view: ComparisonView; before: string; after: string }) {
  return (
    <table className="score-table change-table">
      <caption>Change by area: {view.scale}</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">{before}</th>
          <th scope="col">{after}</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
