import { RadarChart } from "@/components/charts/radar-chart";
import { formatStageScore } from "@/lib/results/format";
import type { QuestionnaireAggregate } from "@/lib/team/types";
import { leaderName } from "@/lib/team/leaders";
import type { Leader } from "@/lib/team/people";
import { DISAGREEMENT, outliersByLeader } from "@/lib/team/spread";
import { chartScale } from "@/lib/scoring/scale";
import { countOf } from "@/lib/shared/plural";

/** The team's mean on a radar with the min–max band, and where leaders disagree. */
export function SpreadSection({ aggregate: q, leaders }: { aggregate: QuestionnaireAggregate; leaders: Leader[] }) {
  const fmt = (v: number | null) =>
    v === null ? "–" : q.kind === "stages" ? formatStageScore(v) : String(Math.round(v));
  const values = (pick: (d: QuestionnaireAggregate["dimensions"][number]) => number | null) =>
    Object.fromEntries(q.dimensions.map((d) => [d.id, pick(d)]));
  const split = q.dimensions.filter((d) => d.disagreement);
  const apart = outliersByLeader(q.dimensions);
  const unit = q.kind === "stages" ? `${DISAGREEMENT.stages} stages` : `${DISAGREEMENT.agreement} points`;
  return (
    <section className="report" aria-labelledby={`team-${q.questionnaireId}`}>
      <h2 id={`team-${q.questionnaireId}`}>
        {q.title}: {countOf(q.respondents, "respondent", "respondents")}
      </h2>
      {q.versions.length > 1 && (
        <p className="notice">
          These results span versions {q.versions.join(" and ")}; areas are compared where they exist.
        </p>
      )}
      <p>
        {split.length > 0
          ? `Leaders see these areas differently (the middle half of the team is ${unit} or more apart): ${split.map((d) => d.name).join(", ")}. That gap is a finding in itself: talk about it.`
          : `In no area is the middle half of the team ${unit} or more apart: the leaders broadly agree.`}
      </p>
      {apart.length > 0 && (
        <p>
          <strong>Seen very differently by one leader:</strong>{" "}
          {apart
            .map(({ leader, areas }) => {
              const who = leaders[leader];
              return `${who ? leaderName(who) : "A leader"} (${areas.join(", ")})`;
            })
            .join("; ")}
          . Ask them what they see that the others do not, before reading it as a split in the team.
        </p>
      )}
      <div className="chart-pair">
        <RadarChart
          axes={q.dimensions.map((d) => ({ id: d.id, label: d.name }))}
          series={[
            { name: "Highest", values: values((d) => d.max), tone: "band-outer" },
            { name: "Lowest", values: values((d) => d.min), tone: "band-inner" },
            { name: "Team mean", values: values((d) => d.mean), tone: "primary" },
          ]}
          {...chartScale(q.kind)}
          description={`Radar of the team's mean per area with the lowest and highest scores as a band. The table beside it lists the figures.`}
        />
        <div className="table-scroll">
          <table className="score-table">
            <caption>Team spread by area</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Mean</th>
                <th scope="col">Lowest–highest</th>
                <th scope="col">Middle half</th>
              </tr>
            </thead>
            <tbody>
              {q.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td>{fmt(d.mean)}</td>
                  <td>
                    {fmt(d.min)}–{fmt(d.max)}
                  </td>
                  <td>
                    {d.q1 === null || d.q3 === null ? "–" : `${fmt(d.q1)}–${fmt(d.q3)}`}
                    {d.disagreement && <strong className="change-down">: leaders disagree</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
