import { memo } from "react";
import type { TeamAggregate } from "@/lib/team/aggregate";
import { unreadLinesMessage } from "@/lib/team/caps";
import { ProblemList } from "./problem-list";
import { RespondentTable } from "./respondent-table";
import { SpreadSection } from "./spread-section";
import { TeamShare } from "./team-share";

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The aggregated view: per assessment the mean and spread, then the people, then bad lines.
 * Memoised: the form above re-renders with every slice of a new reading, and redrawing
 * hundreds of respondents and the charts each time would undo the slicing.
 */
export const TeamReport = memo(function TeamReport({ team }: { team: TeamAggregate }) {
  return (
    <div className="team-report">
      <p className="overall-value" role="status">
        {team.respondents.length === 1 ? "1 result" : `${count(team.respondents.length)} results`} read
        {team.problems.length > 0 &&
          `, ${count(team.problems.length)} ${team.problems.length === 1 ? "line" : "lines"} skipped`}
        .
      </p>
      {team.unreadLines > 0 && <p className="notice notice-warn">{unreadLinesMessage(team.unreadLines)}</p>}
      {team.problems.length > 0 && <ProblemList problems={team.problems} />}
      {team.byQuestionnaire.map((q) => (
        <SpreadSection key={q.questionnaireId} aggregate={q} />
      ))}
      {team.respondents.length > 0 && <RespondentTable team={team} />}
      {team.respondents.length > 0 && <TeamShare team={team} />}
    </div>
  );
});
