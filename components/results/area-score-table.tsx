import { ScoreTable } from "@/components/shared/score-table";
import { fill } from "@/lib/i18n/format";
import { useReportWords } from "./report-words";

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
  const m = useReportWords().messages.report.table;
  return (
    <td>
      {fill(m.answeredOf, { answered, total })}
      {dontKnow > 0 && <span className="muted"> {fill(m.dontKnow, { n: dontKnow })}</span>}
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
  const w = useReportWords();
  const m = w.messages.report.table;
  return (
    <ScoreTable caption={caption} columns={[m.area, valueHeading, m.answered]} scroll>
      {rows.map((row) => (
        <tr key={row.id} data-dimension={row.id}>
          <th scope="row">{row.name}</th>
          <td>
            {row.value === null ? (
              <em>{w.messages.results.notEnough}</em>
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
