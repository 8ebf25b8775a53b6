import { isSpaceCode } from "../shared/chars";
import { drain } from "../shared/slices";

/** What one pass over an input finds, before any of it is parsed. */
export type TextScan = {
  /** Size in UTF-8, as a file of this text would be. */
  bytes: number;
  chars: number;
  /** True when the text holds a NUL, which no text file does. */
  nul: boolean;
  /** Control characters (but tab and line breaks), and U+FFFD, which a browser puts where a file's bytes were not UTF-8. */
  nonText: number;
  /** Where reading stops: the end of line `maxLines`, or the end of the text. */
  readEnd: number;
  /** Non-empty lines up to readEnd: the lines to read. */
  lines: number;
  /** Non-empty lines after readEnd, left unread. */
  unreadLines: number;
};

/** Characters looked at between pauses: about a millisecond's work. */
const STEP = 1 << 16;

function isNonText(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** UTF-8 bytes of the character at i, as TextEncoder writes it (a lone surrogate becomes U+FFFD). */
function bytesAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  // A whole surrogate pair is 4 bytes, counted at its first half.
  if (isLowSurrogate(code)) return i > 0 && isHighSurrogate(text.charCodeAt(i - 1)) ? 0 : 3;
  return isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)) ? 4 : 3;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The UTF-8 length of a text, pausing now and then. */
export function* utf8Steps(text: string): Generator<void, number, undefined> {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (i % STEP === 0) yield;
    bytes += bytesAt(text, i);
  }
  return bytes;
}

export const utf8Length = (text: string) => drain(utf8Steps(text));

/**
 * One pass, by character code, over the whole input: its size, whether it is text at all, and
 * where its first `maxLines` lines end. Line breaks and blank lines are counted as eachLine
 * (lines.ts) counts them, so the progress shown matches the lines read.
 */
export function* scanSteps(text: string, maxLines: number): Generator<void, TextScan, undefined> {
  const scan = { bytes: 0, chars: text.length, nul: false, nonText: 0, readEnd: text.length, lines: 0, unreadLines: 0 };
  let line = 1;
  let filled = false;
  const endLine = (at: number) => {
    if (filled && line <= maxLines) scan.lines += 1;
    else if (filled) scan.unreadLines += 1;
    if (line === maxLines) scan.readEnd = at;
    line += 1;
    filled = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    if (i % STEP === 0) yield;
    const code = text.charCodeAt(i);
    scan.bytes += bytesAt(text, i);
    if (code === 0x0a || code === 0x0d) {
      endLine(i);
      // "\r\n" ends one line: the "\n" is skipped (and is one byte).
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        scan.bytes += 1;
        i += 1;
      }
      continue;
    }
    if (code === 0) scan.nul = true;
    if (isNonText(code)) scan.nonText += 1;
    if (!filled && !isSpaceCode(code)) filled = true;
  }
  endLine(text.length);
  return scan;
}

export const scanText = (text: string, maxLines: number) => drain(scanSteps(text, maxLines));
