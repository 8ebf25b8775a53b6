import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import type { OverallLine } from "@/lib/workshop/team-report";

/** The team in one line per assessment: its overall stage, and how far it avoids the blunders. */
export function TeamSummary({ overall, team, words }: { overall: OverallLine[]; team?: string; words: TeamMessages }) {
  return (
    <section className="team-summary" aria-labelledby="team-summary-title">
      <h2 id="team-summary-title">{words.overallTitle}</h2>
      {team && (
        <p className="team-name">
          {words.teamName} <bdi>{team}</bdi>
        </p>
      )}
      <dl className="team-overall">
        {overall.map((line) => (
          <div key={line.questionnaireId}>
            <dt>{line.title}</dt>
            <dd>
              <strong className="overall-value">{line.headline}</strong>
              {line.detail && <span className="muted"> ({line.detail})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
