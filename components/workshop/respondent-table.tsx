import type { TeamExports } from "@/lib/workshop/exports";
import { ScoreTable } from "@/components/shared/score-table";

/** Who answered: labels as they typed them (shown as text, never as HTML) and overall results. */
export function RespondentTable({ exports }: { exports: TeamExports }) {
  const { columns, respondents } = exports;
  return (
    <ScoreTable
      caption="Each respondent with their overall result"
      captionHidden
      columns={[
        "Line",
        "Label",
        "Organisation",
        ...columns.map((q) => (q.kind === "stages" ? `${q.title}: stage` : `${q.title}: avoidance`)),
      ]}
      scroll
    >
      {respondents.map((r, i) => (
        // A line can hold several results, so the line alone is not unique.
        <tr key={`${r.line}-${i}`}>
          <td>{r.line}</td>
          <td>{r.label ? <bdi>{r.label}</bdi> : "–"}</td>
          <td>{r.org ? <bdi>{r.org}</bdi> : "–"}</td>
          {r.overall.map((value, j) => (
            <td key={columns[j]?.questionnaireId ?? j}>{value ?? "–"}</td>
          ))}
        </tr>
      ))}
    </ScoreTable>
  );
}
