import type { TeamExports } from "@/lib/workshop/exports";

/** Who answered: labels as they typed them (shown as text, never as HTML) and overall results. */
export function RespondentTable({ exports }: { exports: TeamExports }) {
  const { columns, respondents } = exports;
  return (
    <div className="table-scroll">
      <table className="score-table">
        <caption className="visually-hidden">Each respondent with their overall result</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Label</th>
            <th scope="col">Organisation</th>
            {columns.map((q) => (
              <th scope="col" key={q.questionnaireId}>
                {q.kind === "stages" ? `${q.title}: stage` : `${q.title}: avoidance`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
