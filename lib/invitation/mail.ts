import { fill, formatDateIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { InvitationMessages } from "../i18n/messages/en/invitation";
import type { SendResultMessages } from "../i18n/messages/en/send-result";
import type { TeamText } from "../team/text";
import type { Invitation } from "./token";
import { estimateTextIn } from "../questionnaire/estimate";

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

// A team's name is a name, not a phrase: "Retail leadership team", "Northwind", "Board of
// Acme Ltd". Dropped into a sentence ("how customer-centric Retail leadership team is") it
// reads wrong, so every email names the team on a line of its own, "Team: <name>", and the
// sentences speak of "the organisation" and "the workshop".

/**
 * The email a facilitator sends to invite leaders, in the facilitator's language. `minutes` is
 * both assessments together.
 */
export function invitationEmail(
  invitation: Invitation,
  joinUrl: string,
  minutes: number,
  locale: Locale,
  m: InvitationMessages,
): Email {
  const { team, facilitator, closes } = invitation;
  const w = m.mail;
  return {
    subject: fill(w.subject, { team }),
    body: [
      w.hello,
      "",
      fill(w.body, { estimate: estimateTextIn(locale, m.estimate, minutes, true) }),
      "",
      fill(w.team, { team }),
      ...(closes ? [fill(w.answerBy, { date: formatDateIn(locale, closes) })] : []),
      "",
      w.start,
      joinUrl,
      "",
      w.private,
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

/** The email a respondent sends their result with, to the facilitator, in the respondent's language. */
export function resultEmail(invitation: Invitation, resultUrl: string, m: SendResultMessages["mail"]): Email {
  const { team, facilitator } = invitation;
  return {
    to: facilitator.email,
    subject: fill(m.subject, { team }),
    body: [
      fill(m.hello, { name: facilitator.name }),
      "",
      m.intro,
      resultUrl,
      "",
      fill(m.team, { team }),
      "",
      m.holds,
    ].join("\n"),
  };
}
