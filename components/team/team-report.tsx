import type { TeamAggregate } from "@/lib/team/aggregate";
import { ProblemList } from "./problem-list";
import { RespondentTable } from "./respondent-table";
import { SpreadSection } from "./spread-section";
import { TeamShare } from "./team-share";

/** The aggregated view: per assessment the mean and spread, then the people, then bad lines. */
export function TeamReport({ team }: { team: TeamAggregate }) {
  return (
    <div className="team-report">
      <p className="overall-value" role="status">
        {team.respondents.length === 1 ? "1 result" : `${team.respondents.length} results`} read
        {team.problems.length > 0 &&
          `, ${team.problems.length} ${team.problems.length === 1 ? "line" : "lines"} skipped`}
        .
      </p>
      {team.problems.length > 0 && <ProblemList problems={team.problems} />}
      {team.byQuestionnaire.map((q) => (
        <SpreadSection key={q.questionnaireId} aggregate={q} />
      ))}
      {team.respondents.length > 0 && <RespondentTable team={team} />}
      {team.respondents.length > 0 && <TeamShare team={team} />}
    </div>
  );
}
