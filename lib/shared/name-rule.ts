import { cutAtGraphemes } from "./invisible";

/**
 * The one rule for what a name is: a role, an organisation, a team, a facilitator or a
 * benchmark. Wherever a name is typed it is refused with nameProblem's message when it is not
 * one; wherever it is read (from a link, a token or a file) it goes through cleanName and is
 * dropped when nothing visible is left; wherever two names are matched, nameKey compares them.
 */

// A name is one line: tabs, line breaks (NEL and the Unicode separators too) become spaces.
const LINE_BREAKS = /[\t\n\r\u0085\u2028\u2029]+/g;
// Invisible characters a name never needs: controls, bidi controls (which can make the text
// around a name read backwards), zero-width space, word joiner, soft hyphen, byte order mark.
// Not the zero-width non-joiner and joiner: Persian, Indic scripts and emoji sequences need them.
const DROPPED =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const LONE_SURROGATE = /\p{Cs}/gu;
// What shows as nothing: separators, controls and format characters, combining marks with no
// letter to sit on, and the Hangul and Braille fillers that are letters to Unicode but blank
// on screen (U+3164 and U+FFA0 become U+1160 under NFKC).
const BLANK = "\\p{Z}\\p{C}\\p{M}\\s\\u115F\\u1160\\u2800\\u3164\\uFFA0";
const VISIBLE = new RegExp(`[^${BLANK}]`, "u");
// Blank at either end (combining marks only at the start, where they have no letter before them).
const EDGES = /^[\p{Z}\p{C}\p{M}\s\u115F\u1160\u2800\u3164\uFFA0]+|[\p{Z}\p{C}\s\u115F\u1160\u2800\u3164\uFFA0]+$/gu;

/** True when the text shows at least one character once normalised (NFKC). */
export function hasVisible(text: string): boolean {
  return VISIBLE.test(text.normalize("NFKC"));
}

/**
 * A name as it is kept and shown: one line, without invisible characters, trimmed, at most
 * `max` UTF-16 units cut between whole characters (never inside an emoji). Undefined when
 * nothing visible is left.
 */
export function cleanName(raw: string | null | undefined, max: number): string | undefined {
  if (!raw) return undefined;
  const text = raw
    .replace(LONE_SURROGATE, "")
    .replace(LINE_BREAKS, " ")
    .replace(DROPPED, "")
    .replace(/\s+/g, " ")
    .replace(EDGES, "");
  const cut = cutAtGraphemes(text, max).replace(EDGES, "");
  return hasVisible(cut) ? cut : undefined;
}

// Characters Unicode says a reader may ignore (Default_Ignorable_Code_Point): zero-width
// characters and joiners, variation selectors (U+FE00–FE0F, U+E0100–E01EF and Mongolian's),
// the combining grapheme joiner, tags, fillers, bidi controls, the soft hyphen.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Two names match when their keys are equal: the same letters however they were typed or
 * copied. NFKC folds compatibility forms (full-width "ＣＥＯ", ligatures) and joins accents
 * typed apart; upper- then lower-casing folds case as Unicode does for ß and final sigma;
 * invisible characters (a variation selector or a tag inside a name among them) and runs of
 * space do not count.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(DROPPED, "")
    .replace(IGNORABLE, "")
    .toUpperCase()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True for typed text that holds something, but nothing visible: it would show as no name at all. */
export function showsNothing(raw: string): boolean {
  return raw.trim() !== "" && !hasVisible(raw.replace(DROPPED, ""));
}

/**
 * Why typed text cannot be a name, or null when it can (or is left empty: whether a name is
 * required is the form's business). `subject` names the field for the sentence, such as
 * "The team's name".
 */
export function nameProblem(raw: string, subject: string): string | null {
  if (!showsNothing(raw)) return null;
  return `${subject} holds only blank or invisible characters (such as zero-width spaces or fillers), so it would show as nothing. Type it with letters or digits.`;
}
