import type { Catalogue } from "../questionnaire/catalogue";
import { admitSteps, MAX_TEAM_LINKS, type Admitted, type InputSource } from "./caps";
import { readTeam } from "./read";
import { drain } from "../shared/slices";
import type { TeamAggregate, TeamProgress } from "../team/types";

/** A team view read from people's input: the aggregate, or why the input was refused unread. */
export type TeamRead = Admitted<TeamAggregate>;

export type TeamInputOptions = { source?: InputSource; limit?: number };

/**
 * Reads many result links and aggregates them. Bad lines are reported with their reason and
 * the rest still count; one result counts once however it is spelled. Pure and synchronous, so
 * it runs anywhere and is tested; it reads all of `text`, so input from people goes through
 * aggregateTeamInput or aggregateTeamInChunks, which apply the caps first.
 */
export function aggregateTeam(text: string, catalogue: Catalogue, limit = MAX_TEAM_LINKS): TeamAggregate {
  return drain(readTeam(text, catalogue, limit));
}

/**
 * The steps of reading people's input: the caps (size, text, lines) before any parsing, then
 * line by line, yielding progress between pieces of work.
 */
export function* teamInputSteps(
  text: string,
  catalogue: Catalogue,
  { source = "text", limit = MAX_TEAM_LINKS }: TeamInputOptions = {},
): Generator<TeamProgress, TeamRead, undefined> {
  const admission = admitSteps(text, source);
  let checking = admission.next();
  for (; !checking.done; checking = admission.next()) yield { done: 0, total: 0 };
  const admitted = checking.value;
  if (!admitted.ok) return admitted;
  const { text: readable, lines: total, unreadLines } = admitted.value;
  const reader = readTeam(readable, catalogue, limit);
  for (;;) {
    const step = reader.next();
    if (step.done) return { ok: true, value: { ...step.value, unreadLines } };
    yield { done: step.value, total };
  }
}

/** aggregateTeam behind the caps, in one go: for tests and Node. */
export function aggregateTeamInput(text: string, catalogue: Catalogue, options: TeamInputOptions = {}): TeamRead {
  return drain(teamInputSteps(text, catalogue, options));
}
