import { encodeFragment } from "../link/fragment";
import type { Catalogue } from "../questionnaire/catalogue";
import type { TeamContent } from "../team/content";
import type { TeamAggregate, TeamProgress } from "../team/types";
import { teamInputSteps, type TeamInputOptions } from "../team-input/aggregate";
import type { Admitted } from "../team-input/caps";
import { buildTeamReport, type TeamReportModel } from "./report";

/** A reading of pasted links, ready to show: the team, the report built from it, and each result's own clean link. */
export type TeamView = {
  team: TeamAggregate;
  report: TeamReportModel;
  /** Each respondent's result written afresh (one clean spelling), for the team link. */
  fragments: string[];
};

/** Results re-encoded between pauses. */
const FRAGMENTS_PER_STEP = 250;

/**
 * Everything between pasted text and a team view on screen, as steps: the caps, reading and
 * scoring every link, the report, and the clean link of every result. The Web Worker runs it
 * in one go, posting progress; without a worker the page runs it in slices. Same steps, so the
 * same view, either way.
 */
export function* teamViewSteps(
  text: string,
  catalogue: Catalogue,
  content: TeamContent,
  options: TeamInputOptions = {},
): Generator<TeamProgress, Admitted<TeamView>, undefined> {
  const reading = yield* teamInputSteps(text, catalogue, options);
  if (!reading.ok) return reading;
  const team = reading.value;
  const total = team.respondents.length;
  const fragments: string[] = [];
  for (const r of team.respondents) {
    fragments.push(encodeFragment(r.result, catalogue));
    if (fragments.length % FRAGMENTS_PER_STEP === 0) yield { done: total, total };
  }
  yield { done: total, total };
  return { ok: true, value: { team, report: buildTeamReport(team, catalogue, content), fragments } };
}
