import type { Locale } from "../lib/i18n/locales";
import { teamViewMessages } from "../lib/i18n/messages/team-view";
import type { TeamText } from "../lib/team/text";

/** The team view's words in one language, as the island hands them to the code that writes the report. */
export const teamText = (locale: Locale = "en"): TeamText => ({ locale, ...teamViewMessages(locale) });
