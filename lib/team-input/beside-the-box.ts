import { fill, formatCountIn, pluralIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { TeamInputMessages } from "../i18n/messages/en/team-input";
import { formatSize } from "./caps";

/**
 * The most a text may hold and still be shown in the team box. Chromium lays out a textarea's
 * whole text whenever the page is laid out: 2 MB of short lines put there held the page for one
 * to eight seconds at 4× CPU (scripts/measure-freeze.ts), before and after the reading, which
 * runs in the worker. 5,000 ordinary result links (about 0.6 MB, 5,000 lines) laid out in under
 * 200 ms there, so the box keeps up to that and a longer text is held beside it, read the same.
 */
export const BOX_MAX_LINES = 5_000;
export const BOX_MAX_CHARS = 1024 * 1024;

/** A text held beside the box: a file, a paste or a team link too long to show in it. */
export type HeldText = { name: string; text: string; bytes: number; lines: number };

/** Holds a text under a name, counted once: the page shows its size and lines beside the box. */
export function holdText(name: string, text: string): HeldText {
  return { name, text, bytes: new Blob([text]).size, lines: countLines(text) };
}

/** Whether a text fits the box: looks at no more of it than it must. */
export function fitsTheBox(text: string): boolean {
  if (text.length > BOX_MAX_CHARS) return false;
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    lines += 1;
    if (lines > BOX_MAX_LINES) return false;
  }
  return true;
}

/** Lines of a text, as the reader counts them (the last line counts when it holds anything). */
export function countLines(text: string): number {
  let lines = 0;
  let start = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    lines += 1;
    start = at + 1;
  }
  return start < text.length ? lines + 1 : lines;
}

/**
 * What is read: the box, then each held text in the order it came, as if each had been added
 * below the box (as a loaded file always was), so line numbers mean what they meant.
 */
export function joinInput(box: string, held: readonly HeldText[]): string {
  const parts = box.trim() ? [box.trimEnd()] : [];
  return [...parts, ...held.map((h) => h.text)].join("\n");
}

/** How a held text is named beside the box: "leaders.csv: 1.9 MB, 9,812 lines". */
export function describeHeld({ name, bytes, lines }: HeldText, locale: Locale, words: TeamInputMessages): string {
  return fill(words.describeHeld, {
    name,
    size: formatSize(bytes, locale, words),
    lines: fill(pluralIn(locale, lines, words.lines), { n: formatCountIn(locale, lines) }),
  });
}
