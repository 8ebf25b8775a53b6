import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import { ScoreTable } from "@/components/shared/score-table";
import type { TeamImportanceModel } from "@/lib/workshop/team-importance";

/**
 * How much each journey area matters to the leaders: how many marked each level, and the team's
 * level the team's plan follows. Areas where the team disagrees on what matters are flagged; the
 * finding above says who.
 */
export function TeamImportance({ model, words }: { model: TeamImportanceModel; words: TeamMessages }) {
  return (
    <section className="report" aria-labelledby="team-importance-title">
      <h2 id="team-importance-title">{words.importanceTitle}</h2>
      <p className="muted">{words.importanceHow}</p>
      <ScoreTable
        caption={words.importanceCaption}
        columns={[
          words.area,
          words.importance.critical,
          words.importance.important,
          words.importance.less,
          words.notMarked,
          words.teamLevel,
        ]}
        scroll={{ label: words.importanceScroll }}
      >
        {model.rows.map((r) => (
          <tr key={r.id} data-dimension={r.id}>
            <th scope="row">
              {r.name}
              {r.split && <span className="muted">{words.teamDisagrees}</span>}
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
