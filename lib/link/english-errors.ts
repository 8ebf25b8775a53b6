import { link as ENGLISH } from "../i18n/messages/en/link";
import { linkErrorText, type LinkError } from "./errors";

/** A link error in English, for code that shows no page: tests, scripts, thrown errors. */
export const linkErrorInEnglish = (error: Pick<LinkError, "kind" | "parts">): string => linkErrorText(error, ENGLISH);
