import type { Locale } from "../locales";
import type { TeamViewMessages } from "../../team/text";
import { messagesFor } from "./index";

/** The areas of strings the team view's island takes, in one language: only these reach its props. */
export function teamViewMessages(locale: Locale): TeamViewMessages {
  const { team, teamInput, workshop, link, invitationLink } = messagesFor(locale);
  return { team, teamInput, workshop, link, invitationLink };
}
