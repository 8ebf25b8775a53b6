export type ScoreRow = {
  id: string;
  name: string;
  /** The score as shown, e.g. "3.3" or "62 / 100"; null when there are not enough answers. */
  value: string | null;
  /** Stage name or risk band, shown beside the number. */
  note?: string;
  answered: number;
  dontKnow: number;
  total: number;
};

/** The data behind a radar, for screen readers, printing and anyone who prefers numbers. */
export function ScoreTable({
  caption,
  rows,
  valueHeading,
}: {
  caption: string;
  rows: ScoreRow[];
  valueHeading: string;
}) {
  return (
    <div className="table-scroll">
      <table className="score-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">{valueHeading}</th>
            <th scope="col">Answered</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-dimension={row.id}>
              <th scope="row">{row.name}</th>
              <td>
                {row.value === null ? (
                  <em>Not enough answers</em>
                ) : (
                  <>
                    <strong className="score-value">{row.value}</strong>
                    {row.note && <span className="muted"> · {row.note}</span>}
                  </>
                )}
              </td>
              <td>
                {row.answered} of {row.total}
                {row.dontKnow > 0 && <span className="muted"> ({row.dontKnow} &ldquo;don&apos;t know&rdquo;)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
