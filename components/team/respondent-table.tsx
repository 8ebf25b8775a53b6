import { overallOf } from "@/lib/scoring/score";
import type { TeamAggregate } from "@/lib/team/types";

/** Who answered: labels as they typed them (shown as text, never as HTML) and overall results. */
export function RespondentTable({ team }: { team: TeamAggregate }) {
  const ids = team.byQuestionnaire.map((q) => q);
  return (
    <>
      <div className="table-scroll">
        <table className="score-table">
          <caption className="visually-hidden">Each respondent with their overall result</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Label</th>
              <th scope="col">Organisation</th>
              {ids.map((q) => (
                <th scope="col" key={q.questionnaireId}>
                  {q.kind === "stages" ? `${q.title}: stage` : `${q.title}: avoidance`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {team.respondents.map((r, i) => (
              // A line can hold several results, so the line alone is not unique.
              <tr key={`${r.line}-${i}`}>
                <td>{r.line}</td>
                <td>{r.result.label ? <bdi>{r.result.label}</bdi> : "–"}</td>
                <td>{r.result.org ? <bdi>{r.result.org}</bdi> : "–"}</td>
                {ids.map((q) => {
                  const i = r.result.assessments.findIndex((a) => a.questionnaireId === q.questionnaireId);
                  const score = r.scores[i];
                  const value = score ? overallOf(score) : null;
                  return <td key={q.questionnaireId}>{value ?? "–"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
