import { fill } from "../i18n/format";
import type { SendResultMessages } from "../i18n/messages/en/send-result";
import type { Decoded, LinkError } from "../link/errors";
import { cleanLabel } from "../link/label";
import { decodeInvitation, invitationErrorText, type Invitation } from "./token";
import type { Questionnaire } from "../questionnaire/schema";
import { journeyOf } from "../questionnaire/catalogue";
import { minutesLeft } from "../questionnaire/timing";

/**
 * The addresses an invitation travels through, all in the fragment, which browsers never send
 * to a server:
 *
 * - the landing page: `/join/#i=<token>`;
 * - the run it starts: `/assess/journey/#invite=<token>&role=<role>&org=<organisation>`, which
 *   carries the respondent through both assessments to "Send to <facilitator>".
 */

/** The landing page's fragment (without "#"). */
export function joinFragment(token: string): string {
  return `i=${token}`;
}

/** The token in a landing page's fragment, or null when it has none. */
export function tokenInJoinFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get("i");
}

/**
 * The invitation token in what a facilitator pastes: a whole invitation link (`…/join/#i=…`),
 * its fragment, or the token alone. Null when the text holds none; the token is not checked
 * here (decodeInvitation says what is wrong with it).
 */
export function tokenInInvitationLink(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const hash = trimmed.indexOf("#");
  if (hash >= 0) return tokenInJoinFragment(trimmed.slice(hash + 1));
  return tokenInJoinFragment(trimmed) ?? trimmed;
}

export type RunStart = { token: string; role: string; org?: string };

/**
 * The fragment that starts an invited run (without "#"). The role and organisation are
 * percent-encoded (spaces as %20), so any URL parser reads them back the same.
 */
export function startFragment({ token, role, org }: RunStart): string {
  const parts = [`invite=${token}`, `role=${encodeURIComponent(role)}`];
  if (org) parts.push(`org=${encodeURIComponent(org)}`);
  return parts.join("&");
}

/** An invited run as the question flow reads it from its address. */
export type InviteRun = {
  /** The token as it came, to carry on to the next assessment unchanged. */
  token: string;
  invitation: Decoded<Invitation>;
  /** The respondent's role, cleaned as a result's label is; undefined if missing. */
  role: string | undefined;
  org: string | undefined;
};

/**
 * Reads an invited run from a fragment such as the flow's address; null when the fragment
 * holds no `invite`. Never throws: a damaged token comes back as `invitation.ok === false`
 * with a message to show.
 */
export function readInviteRun(hash: string): InviteRun | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const token = params.get("invite");
  if (token === null) return null;
  return {
    token,
    invitation: decodeInvitation(token),
    role: cleanLabel(params.get("role")),
    org: cleanLabel(params.get("org")),
  };
}

/**
 * What an invitation asks of a respondent: both assessments, journey first, and the time they
 * take, worked out from the questions' text as the flow itself shows it (timing.ts).
 */
export function invitedRun(current: readonly Questionnaire[]): { journeyId: string; minutes: number } {
  const journey = journeyOf(current);
  if (!journey) throw new Error("An invited run starts with the journey, and the content has none.");
  return { journeyId: journey.id, minutes: current.reduce((sum, q) => sum + minutesLeft(q), 0) };
}

/** Said on the result of a run whose invitation cannot be read, with what is wrong with it. */
export function lostInvitationNotice(error: Pick<LinkError, "kind" | "parts">, m: SendResultMessages): string {
  return fill(m.lost, { problem: invitationErrorText(error, m.invitationLink) });
}
