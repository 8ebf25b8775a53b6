import { ScoreTable } from "@/components/shared/score-table";
import type { TeamImportanceModel } from "@/lib/workshop/team-importance";

/**
 * How much each journey area matters to the leaders: how many marked each level, and the team's
 * level the team's plan follows. Areas where the team disagrees on what matters are flagged; the
 * finding above says who.
 */
export function TeamImportance({ model }: { model: TeamImportanceModel }) {
  return (
    <section className="report" aria-labelledby="team-importance-title">
      <h2 id="team-importance-title">What matters to the team</h2>
      <p className="muted">
        The team&apos;s level is the middle of the levels its leaders marked (the lower of the two middle ones with an
        even count); the team&apos;s plan puts the areas that matter most first.
      </p>
      <ScoreTable
        caption="How many leaders marked each area at each level"
        columns={[
          "Area",
          "Critical to our strategy",
          "Important",
          "Less important now",
          "Not marked",
          "The team's level",
        ]}
        scroll={{ label: "What matters to the team, area by area" }}
      >
        {model.rows.map((r) => (
          <tr key={r.id} data-dimension={r.id}>
            <th scope="row">
              {r.name}
              {r.split && <span className="muted"> · the team disagrees</span>}
            </th>
            <td>{r.critical}</td>
            <td>{r.important}</td>
            <td>{r.less}</td>
            <td>{r.unmarked}</td>
            <td>{r.team}</td>
          </tr>
        ))}
      </ScoreTable>
    </section>
  );
}
