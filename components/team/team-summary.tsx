import { RISK_BAND_LABELS } from "@/lib/scoring/agreement";
import { formatStageScore } from "@/lib/results/format";
import { stageLabel, type TeamContent } from "@/lib/team/content";
import type { QuestionnaireAggregate } from "@/lib/team/types";
import { countOf } from "@/lib/shared/plural";

/** The team in one line per assessment: its overall stage, and how far it avoids the blunders. */
export function TeamSummary({ aggregates, content }: { aggregates: QuestionnaireAggregate[]; content: TeamContent }) {
  return (
    <section className="team-summary" aria-labelledby="team-summary-title" data-present>
      <h2 id="team-summary-title">The team overall</h2>
      <dl className="team-overall">
        {aggregates.map(({ questionnaireId, title, overall }) => (
          <div key={questionnaireId}>
            <dt>{title}</dt>
            {overall.mean === null ? (
              <dd>Too few answers for an overall</dd>
            ) : overall.kind === "stages" ? (
              <dd>
                <strong className="overall-value">
                  Stage {overall.stage === null ? "–" : stageLabel(content, overall.stage)}
                </strong>{" "}
                <span className="muted">
                  (team mean {formatStageScore(overall.mean)} of {countOf(overall.leaders, "leader", "leaders")})
                </span>
              </dd>
            ) : (
              <dd>
                <strong className="overall-value">
                  {Math.round(overall.mean)} / 100{overall.band && `: ${RISK_BAND_LABELS[overall.band]}`}
                </strong>{" "}
                <span className="muted">
                  (blunders avoided, team mean of {countOf(overall.leaders, "leader", "leaders")})
                </span>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
