import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";

const locale: Locale = "en";

/** English, as a page gives lib/ its words: tests of English sentences pass this. */
export const EN = { locale, messages: messagesFor("en") };
