import { invitationLink as ENGLISH } from "../i18n/messages/en/invitation-link";
import type { LinkError } from "../link/errors";
import { invitationErrorText } from "./token";

/** An invitation's failure in English, for code that shows no page: tests, scripts. */
export const invitationErrorInEnglish = (error: Pick<LinkError, "kind" | "parts">): string =>
  invitationErrorText(error, ENGLISH);
