import type { Locale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";

/** Every string of a message module, plural forms included. */
const leaves = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];

/**
 * The English of some areas, in pieces long enough not to turn up inside another language's
 * words by chance ("Start" is inside "Starten"), less those the language writes the same
 * (French "questions"): none may show on a page in `locale`. With the whole English strings,
 * to check short labels (a button reading "Next") one by one.
 */
export function untranslated(locale: Locale, areas: (messages: Messages) => unknown) {
  const english = leaves(areas(messagesFor("en")));
  const translated = leaves(areas(messagesFor(locale)));
  const pieces = [...new Set(english.flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim()))].filter(
    (s) => s.length >= 8 && !translated.some((t) => t.includes(s)),
  );
  return { english, pieces };
}

/** What a reader meets on the page: its text, and the names given to parts of it. */
export function shownText(): string {
  return [
    document.body.textContent ?? "",
    ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label") ?? ""),
  ].join("\n");
}
