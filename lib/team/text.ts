import type { Locale } from "../i18n/locales";
import type { InvitationLinkMessages } from "../i18n/messages/en/invitation-link";
import type { LinkMessages } from "../i18n/messages/en/link";
import type { TeamInputMessages } from "../i18n/messages/en/team-input";
import type { TeamMessages } from "../i18n/messages/en/team";
import type { WorkshopMessages } from "../i18n/messages/en/workshop";

/**
 * The team view's words in the facilitator's language: what the island receives as props and
 * hands, as plain data, to the Web Worker that builds the report, so the worker's bundle holds
 * no module of strings (docs/decisions/0018-messages-typed-from-english.md).
 */
export type TeamViewMessages = {
  team: TeamMessages;
  teamInput: TeamInputMessages;
  workshop: WorkshopMessages;
  /** For the reasons a line was not counted (lib/team-input/reasons.ts). */
  link: LinkMessages;
  /** For an invitation given to the team view that cannot be read. */
  invitationLink: InvitationLinkMessages;
};

/** The words and the language they are in: numbers and plurals follow the language. */
export type TeamText = TeamViewMessages & { locale: Locale };
