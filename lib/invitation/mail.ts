import { fill, formatDateIn } from "../i18n/format";
import { formatDate } from "../shared/dates";
import type { TeamText } from "../team/text";
import type { Invitation } from "./token";
import { estimateText } from "../questionnaire/timing";

/** An email ready for a mailto: link. The site opens the person's own mail program; it sends nothing. */
export type Email = { to?: string; subject: string; body: string };

/** A mailto: address (RFC 6068): each part percent-encoded, lines ending in CRLF. */
export function mailtoHref({ to, subject, body }: Email): string {
  const address = to
    ? to
        .split("@")
        .map((part) => encodeURIComponent(part))
        .join("@")
    : "";
  const crlf = body.replace(/\r?\n/g, "\r\n");
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** What the site says wherever an invitation or a result is sent: it sends nothing itself. */
export const SENDS_NOTHING =
  "Outside-In sends nothing: this email goes only if you send it, and your answers are in the link.";

// A team's name is a name, not a phrase: "Retail leadership team", "Northwind", "Board of
// Acme Ltd". Dropped into a sentence ("how customer-centric Retail leadership team is") it
// reads wrong, so every email names the team on a line of its own, "Team: <name>", and the
// sentences speak of "the organisation" and "the workshop".

/** The email a facilitator sends to invite leaders. `minutes` is both assessments together. */
export function invitationEmail(invitation: Invitation, joinUrl: string, minutes: number): Email {
  const { team, facilitator, closes } = invitation;
  return {
    subject: `Two short questionnaires before our workshop (${team})`,
    body: [
      "Hello,",
      "",
      `Before we meet, I would like each leader's own view of how customer-centric the organisation is today. It takes ${estimateText(minutes, "in all")}: two questionnaires, one after the other.`,
      "",
      `Team: ${team}`,
      ...(closes ? [`Please answer by: ${formatDate(closes)}`] : []),
      "",
      "Start here:",
      joinUrl,
      "",
      "Your answers are scored in your browser. At the end you send your result link to me yourself: Outside-In sends nothing and stores nothing.",
      "",
      facilitator.name,
    ].join("\n"),
  };
}

/**
 * The reminder to those who have not answered yet, in the team view's language. It names
 * nobody: the facilitator addresses it, and a reminder that listed who is late would go to
 * everyone on the list.
 */
export function reminderEmail(
  invitation: Invitation,
  joinUrl: string,
  closed: boolean,
  { locale, workshop: w }: Pick<TeamText, "locale" | "workshop">,
): Email {
  const { team, facilitator, closes } = invitation;
  const by = closes ? [fill(closed ? w.reminderPassed : w.reminderBy, { date: formatDateIn(locale, closes) })] : [];
  return {
    subject: fill(w.reminderSubject, { team }),
    body: [
      w.reminderHello,
      "",
      w.reminderBody,
      "",
      fill(w.reminderTeam, { team }),
      ...by,
      "",
      w.reminderStart,
      joinUrl,
      "",
      facilitator.name,
    ].join("\n"),
  };
}

/** The email a respondent sends their result with, to the facilitator. */
export function resultEmail(invitation: Invitation, resultUrl: string): Email {
  const { team, facilitator } = invitation;
  return {
    to: facilitator.email,
    subject: `My Outside-In result (${team})`,
    body: [
      `Hello ${facilitator.name},`,
      "",
      "Here is my result link for the workshop:",
      resultUrl,
      "",
      `Team: ${team}`,
      "",
      "The link holds my answers. Outside-In sent nothing anywhere: this email is the only copy I am sending.",
    ].join("\n"),
  };
}
