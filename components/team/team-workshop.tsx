import { useMemo } from "react";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { TeamAggregate } from "@/lib/team/types";
import type { TeamContent } from "@/lib/team/content";
import { leaderGrid } from "@/lib/team/grid";
import { teamRecommendations } from "@/lib/team/recommend";
import { LeaderGrid } from "./leader-grid";
import { TeamRecommendations } from "./team-recommendations";
import { TeamSummary } from "./team-summary";
import { TopQuestions } from "./top-questions";

/**
 * What a workshop works through, in order: the team overall, who sees what, where leaders
 * disagree most, and what to do next. Each is a `data-present` section: a slide in present
 * mode, and a part of the print pack.
 */
export function TeamWorkshop({
  team,
  catalogue,
  content,
}: {
  team: TeamAggregate;
  catalogue: Catalogue;
  content: TeamContent;
}) {
  const grid = useMemo(() => leaderGrid(team.leaders, team.byQuestionnaire), [team]);
  const advice = useMemo(
    () => teamRecommendations(team.byQuestionnaire, content.advice, catalogue),
    [team, content, catalogue],
  );
  if (team.leaders.length === 0) return null;
  return (
    <>
      <TeamSummary aggregates={team.byQuestionnaire} content={content} />
      <section className="report" aria-labelledby="grid-title" data-present>
        <h2 id="grid-title">Who sees what</h2>
        <LeaderGrid
          grid={grid}
          titles={Object.fromEntries(team.byQuestionnaire.map((q) => [q.questionnaireId, q.title]))}
        />
      </section>
      {team.leaders.length > 1 && <TopQuestions questions={team.questions} content={content} />}
      <TeamRecommendations items={advice} content={content} />
    </>
  );
}
