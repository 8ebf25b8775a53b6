import { nameKey } from "../shared/name-rule";
import { hasClosed, type Invitation } from "./schema";
import { reminderEmail, type Email } from "./mail";
import type { TeamText } from "../team/text";

/** One person or role on an invitation's list, and whether a result with that name has come in. */
export type InvitedStatus = { name: string; answered: boolean };

export type WhoHasAnswered = {
  invited: InvitedStatus[];
  /** Names on the list with no result yet, in the list's order. */
  missing: string[];
  /** Results whose name is not on the list (a role typed by hand), by that name. */
  unlisted: string[];
  /** The reminder to send those missing; null when nobody is. */
  reminder: Email | null;
  /** Whether the invitation's closing date has passed. */
  closed: boolean;
};

// A respondent picks their line from the invitation's own list, so the name usually matches
// exactly; the site's one rule for matching names (nameKey) forgives a role typed by hand.
const key = nameKey;

/**
 * Who on the invitation's list has answered, from the names on the results that came in (a
 * leader's label). Each result counts for one line at most, and each line for one result.
 */
export function whoHasAnswered(
  invitation: Invitation,
  names: readonly (string | undefined)[],
  joinUrl: string,
  today: string,
  text: Pick<TeamText, "locale" | "workshop">,
): WhoHasAnswered {
  const waiting = new Map<string, number>();
  for (const name of names) if (name) waiting.set(key(name), (waiting.get(key(name)) ?? 0) + 1);
  const invited = (invitation.invited ?? []).map((name) => {
    const left = waiting.get(key(name)) ?? 0;
    if (left > 0) waiting.set(key(name), left - 1);
    return { name, answered: left > 0 };
  });
  const listed = new Set((invitation.invited ?? []).map(key));
  const unlisted = [...new Set(names.filter((n): n is string => !!n && !listed.has(key(n))))];
  const missing = invited.filter((i) => !i.answered).map((i) => i.name);
  const closed = hasClosed(invitation.closes, today);
  return {
    invited,
    missing,
    unlisted,
    reminder: missing.length > 0 ? reminderEmail(invitation, joinUrl, closed, text) : null,
    closed,
  };
}
