import { MAX_TEAM_BYTES, sizeRefusal, type Admitted } from "./caps";
import { pairsOf } from "./extract";
import { utf8Steps } from "./scan";
import { drain } from "../shared/steps";

/**
 * Common chat tools, email clients and older browsers cut or refuse URLs past about 2,000
 * characters, so a longer team view is offered as a file instead of a link.
 */
export const MAX_SHAREABLE_URL = 2000;

/** The team view's fragment: every respondent's result fragment, in order. */
export function encodeTeamFragment(fragments: string[]): string {
  const params = new URLSearchParams({ team: "1" });
  for (const f of fragments) params.append("r", f);
  return params.toString();
}

/** The result fragments held by a team fragment, as lines for the team view's input. */
export function decodeTeamFragment(hash: string): string[] | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.get("team") !== "1") return null;
  return params.getAll("r");
}

/** Parameters decoded between pauses: about a millisecond's work. */
const PAIRS_PER_STEP = 1000;

/**
 * The team view's input from a team link in the address, one result per line, or null when the
 * address holds no team link: what decodeTeamFragment gives, a little at a time. A link larger
 * than any input the team view reads is refused before it is decoded.
 */
export function* teamLinkSteps(hash: string): Generator<void, Admitted<string> | null, undefined> {
  // A UTF-16 unit is at most three UTF-8 bytes, so only a long fragment needs measuring.
  if (hash.length > MAX_TEAM_BYTES / 3) {
    const bytes = yield* utf8Steps(hash);
    if (bytes > MAX_TEAM_BYTES) return { ok: false, error: sizeRefusal(bytes, "link") };
  }
  let team: string | undefined;
  const lines: string[] = [];
  let pairs = 0;
  for (const [key, value] of pairsOf(hash.replace(/^#/, ""))) {
    if (key === "team") team ??= value;
    else if (key === "r") lines.push(`#${value}`);
    pairs += 1;
    if (pairs % PAIRS_PER_STEP === 0) yield;
  }
  return team === "1" ? { ok: true, value: lines.join("\n") } : null;
}

/** teamLinkSteps in one go. */
export const teamLinkText = (hash: string) => drain(teamLinkSteps(hash));
