import { RadarChart } from "@/components/charts/radar-chart";
import { formatStageScore } from "@/lib/results/format";
import type { QuestionnaireAggregate } from "@/lib/team/aggregate";
import { DISAGREEMENT } from "@/lib/team/spread";
import { chartScale } from "@/lib/scoring/scale";

/** The team's mean on a radar with the min–max band, and where leaders disagree. */
export function SpreadSection({ aggregate: q }: { aggregate: QuestionnaireAggregate }) {
  const fmt = (v: number | null) =>
    v === null ? "–" : q.kind === "stages" ? formatStageScore(v) : String(Math.round(v));
  const values = (pick: (d: QuestionnaireAggregate["dimensions"][number]) => number | null) =>
    Object.fromEntries(q.dimensions.map((d) => [d.id, pick(d)]));
  const split = q.dimensions.filter((d) => d.disagreement);
  const unit = q.kind === "stages" ? `${DISAGREEMENT.stages} stages` : `${DISAGREEMENT.agreement} points`;
  return (
    <section className="report" aria-labelledby={`team-${q.questionnaireId}`}>
      <h2 id={`team-${q.questionnaireId}`}>
        {q.title}: {q.respondents} {q.respondents === 1 ? "respondent" : "respondents"}
      </h2>
      {q.versions.length > 1 && (
        <p className="notice">
          These results span versions {q.versions.join(" and ")}; areas are compared where they exist.
        </p>
      )}
      <p>
        {split.length > 0
          ? `Leaders see these areas differently (scores ${unit} or more apart): ${split.map((d) => d.name).join(", ")}. That gap is a finding in itself: talk about it.`
          : `No area is ${unit} or more apart: the leaders broadly agree.`}
      </p>
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
                <th scope="col">Spread</th>
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
                    {d.disagreement ? (
                      <strong className="change-down">{fmt(d.range)}: leaders disagree</strong>
                    ) : (
                      fmt(d.range)
                    )}
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
