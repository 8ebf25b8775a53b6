import type { Catalogue } from "../questionnaire/catalogue";
import type { TeamContent } from "../team/content";
import type { TeamText } from "../team/text";
import type { LineProblem, QuestionnaireAggregate, TeamAggregate, TeamProgress } from "../team/types";
import type { Unpaired } from "../team/people";
import { teamInputSteps, type TeamInputOptions } from "../team-input/aggregate";
import type { Admitted, InputSource } from "../team-input/caps";
import { teamLinkSteps, type TeamLinkRead } from "../team-input/team-link";
import { buildTeamReport, type TeamReportModel } from "./team-report";

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

/**
 * A reading ready to show; `link` when it was read from a team link, with what the link
 * carried besides the results (the invitation, the actions) and its results as lines for the box.
 */
export type TeamView = { summary: TeamSummary; report: TeamReportModel; link?: TeamLinkRead };

/** What is read: pasted text or a loaded file, or the team link of an address. */
export type TeamInput = { kind: "text"; text: string; source: InputSource } | { kind: "link"; hash: string };

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
  input: TeamInput,
  catalogue: Catalogue,
  content: TeamContent,
  text: TeamText,
  options: Omit<TeamInputOptions, "source"> = {},
): Generator<TeamProgress, Admitted<{ view: TeamView; team: TeamAggregate }>, undefined> {
  let lines = input.kind === "text" ? input.text : "";
  let link: TeamLinkRead | undefined;
  if (input.kind === "link") {
    // Decoded where it is read: a team link of 5,000 results is 600 KB of parameters.
    const decoding = teamLinkSteps(input.hash);
    let step = decoding.next();
    for (; !step.done; step = decoding.next()) yield { done: 0, total: 0 };
    const read = step.value;
    if (!read) return { ok: false, error: { kind: "no-team-link" } };
    if (!read.ok) return read;
    link = read.value;
    lines = link.text;
  }
  const source = input.kind === "text" ? input.source : "link";
  const reading = yield* teamInputSteps(lines, catalogue, { ...options, source });
  if (!reading.ok) return reading;
  const team = reading.value;
  yield { done: team.respondents.length, total: team.respondents.length };
  const view = {
    summary: summaryOf(team),
    report: buildTeamReport(team, catalogue, content, text),
    ...(link && { link }),
  };
  return { ok: true, value: { view, team } };
}
