import type { Catalogue } from "../questionnaire/catalogue";
import type { TeamContent } from "../team/content";
import type { LineProblem, QuestionnaireAggregate, TeamAggregate, TeamProgress } from "../team/types";
import type { Unpaired } from "../team/people";
import { teamInputSteps, type TeamInputOptions } from "../team-input/aggregate";
import type { Admitted } from "../team-input/caps";
import { buildTeamReport, type TeamReportModel } from "./report";

/**
 * The team as the page holds it: counts, the lines not counted, and each questionnaire's
 * figures, but not every leader's answers and scores, which stay where the team was read (a
 * team of 5,000 is 300,000 objects, half a second just to hand over to the page).
 */
export type TeamSummary = {
  respondents: number;
  leaders: number;
  /** Each leader's role as their result gives it, by leader: who has answered is matched on it. */
  labels: (string | null)[];
  problems: LineProblem[];
  unpaired: Unpaired[];
  unreadLines: number;
  byQuestionnaire: QuestionnaireAggregate[];
};

/** A reading of pasted links, ready to show. */
export type TeamView = { summary: TeamSummary; report: TeamReportModel };

export function summaryOf(team: TeamAggregate): TeamSummary {
  return {
    respondents: team.respondents.length,
    leaders: team.leaders.length,
    labels: team.leaders.map((l) => l.label ?? null),
    problems: team.problems,
    unpaired: team.unpaired,
    unreadLines: team.unreadLines,
    byQuestionnaire: team.byQuestionnaire,
  };
}

/**
 * Everything between pasted text and a team view on screen, as steps: the caps, reading and
 * scoring every link, then the report. The Web Worker runs it in one go, posting progress, and
 * keeps the team for the exports (exports.ts); without a worker the page runs it in slices.
 * Same steps, so the same view, either way.
 */
export function* teamViewSteps(
  text: string,
  catalogue: Catalogue,
  content: TeamContent,
  options: TeamInputOptions = {},
): Generator<TeamProgress, Admitted<{ view: TeamView; team: TeamAggregate }>, undefined> {
  const reading = yield* teamInputSteps(text, catalogue, options);
  if (!reading.ok) return reading;
  const team = reading.value;
  yield { done: team.respondents.length, total: team.respondents.length };
  const view = { summary: summaryOf(team), report: buildTeamReport(team, catalogue, content) };
  return { ok: true, value: { view, team } };
}
