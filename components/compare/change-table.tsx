import type { ComparisonView } from "@/lib/compare/comparison-view";
import { ScoreTable } from "@/components/shared/score-table";
import type { CompareMessages } from "@/lib/i18n/messages/en/compare";
import { fill } from "@/lib/i18n/format";

/**
 * The change in every area, before, after and change side by side. Narrow columns and the
 * area name that wraps keep all three on a 360 px phone without the table scrolling sideways.
 */
export function ChangeTable({
  view,
  before,
  after,
  words,
}: {
  view: ComparisonView;
  before: string;
  after: string;
  words: CompareMessages;
}) {
  return (
    <ScoreTable
      className="change-table"
      caption={fill(words.byArea, { scale: view.scale })}
      columns={[words.area, before, after, words.change]}
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
