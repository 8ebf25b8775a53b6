import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/** What a page hands the question flow in a language: its locale and its areas' messages. */
export function flowLanguage(locale: Locale) {
  const { flow, estimate, latest } = messagesFor(locale);
  return { locale, messages: { flow, estimate, latest } };
}
