/**
 * Characters people cannot see, as word processors, PDFs, chat tools and mail programs leave
 * them around and inside copied text. Shared by the link reader (a link ends where one
 * begins), the rule for names (a name needs something visible) and text cut for display.
 */

import { once } from "./once";

/**
 * Controls and invisible format characters: C0 and C1 (NEL, U+0085, among them), the soft
 * hyphen, the Arabic letter mark, the Mongolian vowel separator, zero-width space, non-joiner
 * and joiner, the left-to-right and right-to-left marks, the bidi embeddings, overrides and
 * isolates (LRE…PDF, LRI…PDI), the word joiner and invisible operators, and the byte order
 * mark. None of them can be part of a link this site writes: URLSearchParams escapes them.
 */
export const INVISIBLE_CHARS =
  "\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF";

/**
 * The bidi controls, which can make the text around them read backwards ("gpj.exe" as
 * "exe.jpg"): never shown as they are.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const LONE_SURROGATE = /\p{Cs}/gu;

/** Without bidi controls and halves of surrogate pairs: text safe to show inside a sentence. */
export function withoutBidi(text: string): string {
  return text.replace(BIDI, "").replace(LONE_SURROGATE, "");
}

const graphemes = once(() => new Intl.Segmenter("en", { granularity: "grapheme" }));
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * The longest start of `text` within `max` UTF-16 units, cut between whole characters as a
 * reader sees them (never inside an emoji, a surrogate pair or a letter with its accents).
 */
export function cutAtGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  // Printable ASCII is one character per unit: no need to ask the segmenter (a tenth of a
  // millisecond a call, which a team view's thousands of quoted lines would feel).
  if (PRINTABLE_ASCII.test(text.slice(0, max + 1))) return text.slice(0, max);
  let cut = "";
  // Only the start is looked at: whether a character ends before `max` depends on the one after
  // it at most, and a character that crosses `max` goes, however far past it it would end.
  for (const { segment } of graphemes().segment(text.slice(0, max + 1))) {
    if (cut.length + segment.length > max) break;
    cut += segment;
  }
  return cut;
}

/**
 * Text from outside, as a message may quote it: no bidi controls, and at most `max` units,
 * cut between whole characters with "…" where it was cut.
 */
export function forDisplay(text: string, max = 80): string {
  const safe = withoutBidi(text);
  return safe.length <= max ? safe : `${cutAtGraphemes(safe, max - 1)}…`;
}
