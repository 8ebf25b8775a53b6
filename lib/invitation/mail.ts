import { formatDate } from "../shared/dates";
import type { Invitation } from "./token";

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

/** The email a facilitator sends to invite leaders. `minutes` is both assessments together. */
export function invitationEmail(invitation: Invitation, joinUrl: string, minutes: number): Email {
  const { team, facilitator, closes } = invitation;
  return {
    subject: `Your view of ${team}: two short questionnaires before our workshop`,
    body: [
      "Hello,",
      "",
      `Before we meet, I would like each leader's own view of how customer-centric ${team} is today. It takes about ${minutes} minutes: two questionnaires, one after the other.`,
      "",
      "Start here:",
      joinUrl,
      "",
      ...(closes ? [`Please answer by ${formatDate(closes)}.`, ""] : []),
      "Your answers are scored in your browser. At the end you send your result link to me yourself: Outside-In sends nothing and stores nothing.",
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
    subject: `My Outside-In result for ${team}`,
    body: [
      `Hello ${facilitator.name},`,
      "",
      `Here is my result for ${team}:`,
      resultUrl,
      "",
      "The link holds my answers. Outside-In sent nothing anywhere: this email is the only copy I am sending.",
    ].join("\n"),
  };
}
