import { useState, type FormEvent } from "react";
import { formatStageScore } from "@/lib/results/format";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamAggregate } from "@/lib/team/types";
import { aggregateTeamInChunks } from "@/lib/team-input/chunks";
import { compareTeams, type AreaAt, type QuestionnaireChange } from "@/lib/team/over-time";

type Kind = QuestionnaireChange["kind"];
const fmt = (kind: Kind, v: number | null | undefined) =>
  v == null ? "–" : kind === "stages" ? formatStageScore(v) : String(Math.round(v));
const signed = (kind: Kind, v: number | null) =>
  v === null ? "–" : `${v > 0 ? "+" : v < 0 ? "−" : "±"}${fmt(kind, Math.abs(v))}`;
const at = (kind: Kind, a: AreaAt | null) => (a ? `${fmt(kind, a.mean)} (middle half ${fmt(kind, a.iqr)} wide)` : "–");

/** The same team a year apart: paste last year's team link, read this year's beside it. */
export function TeamOverTime({ team, catalogue }: { team: TeamAggregate; catalogue: Catalogue }) {
  const [earlier, setEarlier] = useState("");
  const [changes, setChanges] = useState<QuestionnaireChange[] | null>(null);
  const [alert, setAlert] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = await aggregateTeamInChunks(earlier, catalogue, { source: "text" });
    if (!read.ok) return setAlert(read.error.message);
    if (read.value.leaders.length === 0) return setAlert("No result links were found in the earlier team link.");
    setAlert("");
    setChanges(compareTeams(read.value.byQuestionnaire, team.byQuestionnaire));
  };
  return (
    <section className="report" aria-labelledby="over-time-title">
      <h2 id="over-time-title">The team over time</h2>
      <form className="team-form no-print" onSubmit={(event) => void submit(event)}>
        <label>
          An earlier team link, such as last year&rsquo;s
          <input
            type="text"
            inputMode="url"
            value={earlier}
            onChange={(e) => setEarlier(e.target.value)}
            spellCheck={false}
          />
        </label>
        <p role="alert">{alert}</p>
        <button type="submit" className="button button-secondary">
          Compare with this team
        </button>
      </form>
      {changes?.map((q) => (
        <div className="table-scroll" key={q.questionnaireId}>
          <table className="score-table">
            <caption>
              {q.title}: then {q.before.leaders} leaders, now {q.after.leaders}; overall {fmt(q.kind, q.before.mean)} →{" "}
              {fmt(q.kind, q.after.mean)} ({signed(q.kind, q.overallChange)})
            </caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Then: mean (spread)</th>
                <th scope="col">Now: mean (spread)</th>
                <th scope="col">Change in mean</th>
                <th scope="col">Change in spread</th>
              </tr>
            </thead>
            <tbody>
              {q.areas.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.name}</th>
                  <td>{at(q.kind, a.before)}</td>
                  <td>{at(q.kind, a.after)}</td>
                  <td>{signed(q.kind, a.meanChange)}</td>
                  <td>
                    {signed(q.kind, a.iqrChange)}
                    {a.iqrChange !== null && a.iqrChange < 0
                      ? " (agree more)"
                      : a.iqrChange !== null && a.iqrChange > 0
                        ? " (agree less)"
                        : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {changes?.length === 0 && <p>The two teams took no assessment in common, so there is nothing to compare.</p>}
    </section>
  );
}
