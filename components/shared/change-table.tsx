import type { Direction, QuestionnaireComparison } from "@/lib/compare/compare";

const ARROWS = { up: "▲ up", down: "▼ down", unchanged: "= unchanged" } as const;

/** A change in words: "▲ up 0.88", "= unchanged". */
export function changeText(direction: Direction, delta: number | null): string {
  return `${ARROWS[direction]}${delta ? ` ${Math.abs(delta)}` : ""}`;
}

export function ChangeTable({
  comparison,
  before,
  after,
}: {
  comparison: QuestionnaireComparison;
  before: string;
  after: string;
}) {
  return (
    <div className="table-scroll">
      <table className="score-table">
        <caption>Change by area</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">{before}</th>
            <th scope="col">{after}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.name}
                {d.caution && <span className="muted"> ({d.caution})</span>}
              </th>
              <td>{d.before ?? "–"}</td>
              <td>{d.after ?? "–"}</td>
              <td className={d.direction ? `change-${d.direction}` : undefined}>
                {d.direction === null ? "Not enough answers" : changeText(d.direction, d.delta)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
