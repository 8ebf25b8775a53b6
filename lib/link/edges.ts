import { isSpaceCode } from "../shared/chars";
import { INVISIBLE_CHARS } from "../shared/invisible";

/**
 * What sits around a link but is never part of one. A result link is written by
 * URLSearchParams, which escapes everything but ASCII letters, digits and "*-._", so any other
 * character beside it (a curly quote, "…", "。", 「」, （）, an emoji, a non-breaking space, an
 * invisible mark) is what a sentence, a chat tool or a word processor put there, in any script.
 * Everything here looks at each character once: a 16,000-character run of encoded spaces costs
 * what 16,000 letters cost (a regular expression anchored at both ends took seconds on it).
 */

// Punctuation, symbols, separators, controls and format characters (variation selectors and
// other default-ignorable ones among them) outside ASCII.
const FOREIGN = /(?=[^\x00-\x7F])[\p{P}\p{S}\p{Z}\p{C}\p{DI}]/gu;
const FOREIGN_ONE = /^[\p{P}\p{S}\p{Z}\p{C}\p{DI}]$/u;
const ASCII = /^[\x00-\x7F]*$/;
const INVISIBLE = new RegExp(`^[${INVISIBLE_CHARS}]$`);

/**
 * The text with every non-ASCII punctuation mark, symbol, separator or format character as a
 * space (one per UTF-16 unit, so positions keep): where a link ends, whatever the script.
 */
export function spacedOut(text: string): string {
  return ASCII.test(text) ? text : text.replace(FOREIGN, (c) => " ".repeat(c.length));
}

// ASCII that wraps a link in a sentence, Markdown or chat: quotes, brackets, "**bold**",
// "~~struck~~", and the punctuation that ends a sentence. "_" only before a link: a seal may
// end with it.
const BEFORE = new Set("\"'`([{<*~_");
const AFTER = new Set("\"'`)]}>.,;:!?*~|");

/** Encoded, only what no link holds: an encoded quote or bracket may end a format 1 link's label. */
const encodedAround = (code: number) => (code > 0x7f ? aroundLink(code, AFTER) : code <= 0x20 || code === 0x7f);

function aroundLink(code: number, set: Set<string>): boolean {
  if (code <= 0x7f) return code < 0x20 || code === 0x7f || isSpaceCode(code) || set.has(String.fromCharCode(code));
  const char = String.fromCodePoint(code);
  return isSpaceCode(code) || INVISIBLE.test(char) || FOREIGN_ONE.test(char);
}

const hexAt = (text: string, i: number): number => {
  const pair = text.slice(i, i + 2);
  return /^[0-9A-Fa-f]{2}$/.test(pair) ? parseInt(pair, 16) : -1;
};

/** UTF-8 bytes as one code point, or -1 when they are not exactly one whole character. */
function codePointOf(bytes: readonly number[]): number {
  const [lead = 0, ...rest] = bytes;
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (length !== bytes.length || rest.some((b) => b < 0x80 || b > 0xbf)) return -1;
  if (length === 1) return lead;
  const head = lead & (0xff >> (length + 1));
  return rest.reduce((cp, b) => (cp << 6) | (b & 0x3f), head);
}

/** The percent-encoded character that ends at `end` ("%E2%80%9D"): where it starts and what it is. */
function encodedBefore(text: string, end: number): { start: number; code: number } | null {
  const bytes: number[] = [];
  let start = end;
  while (bytes.length < 4 && start >= 3 && text[start - 3] === "%") {
    const byte = hexAt(text, start - 2);
    if (byte < 0) break;
    bytes.unshift(byte);
    start -= 3;
    // A byte that is no continuation byte starts the character.
    if (byte < 0x80 || byte >= 0xc0) break;
  }
  const code = bytes.length > 0 ? codePointOf(bytes) : -1;
  return code < 0 ? null : { start, code };
}

/** The percent-encoded character that starts at `start`: where it ends and what it is. */
function encodedAt(text: string, start: number): { end: number; code: number } | null {
  const lead = text[start] === "%" ? hexAt(text, start + 1) : -1;
  if (lead < 0) return null;
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  const bytes = [lead];
  for (let i = 1; i < length; i += 1) {
    const byte = text[start + 3 * i] === "%" ? hexAt(text, start + 3 * i + 1) : -1;
    if (byte < 0) return null;
    bytes.push(byte);
  }
  const code = codePointOf(bytes);
  return code < 0 ? null : { end: start + 3 * length, code };
}

/**
 * Without what surrounds a link at either end, raw or percent-encoded as an address bar writes
 * it (a zero-width space as %E2%80%8B, a closing curly quote as %E2%80%9D): white space,
 * invisible and format characters, wrapping punctuation of any script, symbols and emoji.
 * Encoded ASCII punctuation stays: a format 1 link (unsealed) may end with a label's "%29".
 */
export function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end) {
    const code = text.codePointAt(start) ?? 0;
    if (aroundLink(code, BEFORE)) start += code > 0xffff ? 2 : 1;
    else {
      const encoded = encodedAt(text, start);
      if (!encoded || encoded.end > end || !encodedAround(encoded.code)) break;
      start = encoded.end;
    }
  }
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? text.codePointAt(end - 2) : undefined;
    const code = pair !== undefined && pair > 0xffff ? pair : low;
    if (aroundLink(code, AFTER)) end -= code > 0xffff ? 2 : 1;
    else {
      const encoded = encodedBefore(text, end);
      if (!encoded || encoded.start < start || !encodedAround(encoded.code)) break;
      end = encoded.start;
    }
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
