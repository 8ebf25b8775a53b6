import { ScoreTable } from "@/components/shared/score-table";

export type AreaScoreRow = {
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

/** How many of an area's questions were answered, and how many of those with "don't know". */
export function AnsweredCell({ answered, total, dontKnow }: Pick<AreaScoreRow, "answered" | "total" | "dontKnow">) {
  return (
    <td>
      {answered} of {total}
      {dontKnow > 0 && <span className="muted"> ({dontKnow} &ldquo;don&apos;t know&rdquo;)</span>}
    </td>
  );
}

/** The data behind a radar, for screen readers, printing and anyone who prefers numbers. */
export function AreaScoreTable({
  caption,
  rows,
  valueHeading,
}: {
  caption: string;
  rows: AreaScoreRow[];
  valueHeading: string;
}) {
  return (
    <ScoreTable caption={caption} columns={["Area", valueHeading, "Answered"]} scroll>
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
          <AnsweredCell {...row} />
        </tr>
      ))}
    </ScoreTable>
  );
}
