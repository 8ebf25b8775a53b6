import { MAX_TEAM_BYTES, sizeRefusal, type Admitted } from "./caps";
import { pairsOf } from "./extract";
import { utf8Steps } from "./scan";
import { drain } from "../shared/slices";

/**
 * Common chat tools, email clients and older browsers cut or refuse URLs past about 2,000
 * characters, so a longer team view is offered as a file instead of a link.
 */
export const MAX_SHAREABLE_URL = 2000;

/**
 * The longest address the team view writes its own link into. Chromium keeps addresses up to
 * 2 MB; a team past that is kept in the box (and this browser) instead.
 */
export const MAX_ADDRESS_LENGTH = 2_000_000;

/**
 * Past this length the team view writes its link into the address only when the facilitator
 * asks: Chromium's replaceState with a 1.4 MB link (5,000 results with notes) is one task of
 * about 230 ms at 4× CPU, a freeze at every change. 100,000 characters (some 350 results with
 * notes, 700 without) is a few milliseconds; a workshop's team stays far below and is written
 * at once, as before.
 */
export const ADDRESS_ON_REQUEST = 100_000;

/**
 * What a team link carries besides the results, each in its own parameter so that a site that
 * knows only `r` still opens the link: the invitation the answers came through (`i`, its own
 * versioned token) and the actions agreed in the workshop (`a`, one each, versioned inside).
 */
export type TeamLinkExtras = { invite?: string; actions?: readonly string[] };

/**
 * The team view's fragment: `team=1`, the extras, then every respondent's result fragment in
 * order. `team=1` stays the marker: the team link is still the same format, with parameters
 * that older readers skip.
 */
export function encodeTeamFragment(fragments: readonly string[], extras: TeamLinkExtras = {}): string {
  return teamFragmentWith(teamResultParams(fragments), extras);
}

/**
 * Every result as the team link's `r` parameters, in order: the bulk of a team link (1.4 MB
 * for 5,000 links with notes), written once where the team is read, in the team view's worker,
 * so the page only puts the extras before it as they change.
 */
export function teamResultParams(fragments: readonly string[]): string {
  const params = new URLSearchParams();
  for (const f of fragments) params.append("r", f);
  return params.toString();
}

/** The team fragment of results already written as parameters (teamResultParams), with its extras. */
export function teamFragmentWith(results: string, { invite, actions = [] }: TeamLinkExtras = {}): string {
  const params = new URLSearchParams({ team: "1" });
  if (invite) params.append("i", invite);
  for (const a of actions) params.append("a", a);
  return results === "" ? params.toString() : `${params.toString()}&${results}`;
}

/** A team link as the team view reads it: its results as lines for the input, and its extras. */
export type TeamLinkRead = { text: string; invite?: string; actions: string[] };

/** The result fragments held by a team fragment, as lines for the team view's input. */
export function decodeTeamFragment(hash: string): string[] | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.get("team") !== "1") return null;
  return params.getAll("r");
}

/**
 * Whether an address's fragment is a team link: one native scan, so the page can hand a 600 KB
 * fragment to the worker unread. teamLinkSteps then reads it, and has the last word.
 */
export function holdsTeamLink(hash: string): boolean {
  return /(?:^#?|&)team=1(?:&|$)/.test(hash);
}

/** Parameters decoded between pauses: about a millisecond's work. */
const PAIRS_PER_STEP = 1000;

/**
 * The team view's input from a team link in the address, one result per line, with its
 * extras, or null when the address holds no team link: what decodeTeamFragment gives, a little
 * at a time. A link larger
 * than any input the team view reads is refused before it is decoded.
 */
export function* teamLinkSteps(hash: string): Generator<void, Admitted<TeamLinkRead> | null, undefined> {
  // A UTF-16 unit is at most three UTF-8 bytes, so only a long fragment needs measuring.
  if (hash.length > MAX_TEAM_BYTES / 3) {
    const bytes = yield* utf8Steps(hash);
    if (bytes > MAX_TEAM_BYTES) return { ok: false, error: sizeRefusal(bytes, "link") };
  }
  let team: string | undefined;
  let invite: string | undefined;
  const lines: string[] = [];
  const actions: string[] = [];
  let pairs = 0;
  for (const [key, value] of pairsOf(hash.replace(/^#/, ""))) {
    if (key === "team") team ??= value;
    else if (key === "r") lines.push(`#${value}`);
    else if (key === "a") actions.push(value);
    else if (key === "i") invite ??= value;
    pairs += 1;
    if (pairs % PAIRS_PER_STEP === 0) yield;
  }
  if (team !== "1") return null;
  return { ok: true, value: { text: lines.join("\n"), ...(invite && { invite }), actions } };
}

/** teamLinkSteps in one go. */
export const teamLinkText = (hash: string) => drain(teamLinkSteps(hash));
