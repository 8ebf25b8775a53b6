import { scanSteps, utf8Steps } from "./scan";
import { drain } from "../shared/slices";
import { fill, formatCountIn, formatNumberIn, pluralIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { TeamInputMessages } from "../i18n/messages/en/team-input";

const MB = 1024 * 1024;

/**
 * The most result links a team view takes: a large organisation's managers, not only its
 * leadership team. Reading them runs in a Web Worker (components/team-input/team-reader.ts), so the
 * page stays responsive however many there are.
 */
export const MAX_TEAM_LINKS = 5_000;

/**
 * A result link is about a hundred characters, a few hundred with a long role, organisation and
 * the site's address, so the 5,000 links a team view counts are well under 2 MB, with room for
 * CSV columns around each; anything larger is not a list of links, and reading it would hold up
 * the reading for nothing.
 */
export const MAX_TEAM_BYTES = 2 * MB;

/**
 * Two lines for every link counted: room for blank lines, headings and notes around 5,000
 * links, while the work (and the list of lines not counted) stays bounded.
 */
export const MAX_TEAM_LINES = 10_000;

/**
 * Links and CSV are plain text with no control characters at all. When one character in ten is
 * a control character or undecodable, the file is binary (an image, a spreadsheet, a PDF), and
 * reading it would only list thousands of lines that hold no link.
 */
export const MAX_NON_TEXT_SHARE = 0.1;

/** Where an input came from, so a refusal can say what to do about it. */
export type InputSource = "file" | "text" | "link";

/**
 * Why an input was refused unread, as data: the page says it in its language (refusalMessage),
 * wherever the refusal was made (the Web Worker, or the form before a byte of a file is read).
 */
export type InputRefusal =
  | { kind: "too-large"; source: InputSource; bytes: number }
  | { kind: "not-text"; source: InputSource }
  /** An address whose fragment holds no team link after all. */
  | { kind: "no-team-link" };

export type Admitted<T> = { ok: true; value: T } | { ok: false; error: InputRefusal };

/** The part of an input that will be read, and how much of it is left unread. */
export type AdmittedInput = { text: string; lines: number; unreadLines: number };

/** A size as people read it. Rounded up, so a size over a limit never shows as the limit. */
export function formatSize(bytes: number, locale: Locale, words: TeamInputMessages): string {
  const up = (n: number) => Math.ceil(n * 10) / 10;
  const figure = (n: number) => (locale === "en" ? n.toFixed(1) : formatNumberIn(locale, n));
  if (bytes < 1024) return fill(pluralIn(locale, bytes, words.bytes), { n: bytes });
  if (bytes < MB) return fill(words.kilobytes, { n: figure(up(bytes / 1024)) });
  return fill(words.megabytes, { n: figure(up(bytes / MB)) });
}

/** What a refusal says, in the page's language, naming the size and the limit when it is about size. */
export function refusalMessage(refusal: InputRefusal, locale: Locale, words: TeamInputMessages): string {
  if (refusal.kind === "no-team-link") return words.noTeamLink;
  if (refusal.kind === "not-text") return words.notText[refusal.source];
  return fill(words.tooLarge, {
    what: words.what[refusal.source],
    size: formatSize(refusal.bytes, locale, words),
    limit: fill(words.megabytes, { n: MAX_TEAM_BYTES / MB }),
    advice: words.sizeAdvice[refusal.source],
  });
}

/** The refusal of an input of this many bytes. */
export function sizeRefusal(bytes: number, source: InputSource): InputRefusal {
  return { kind: "too-large", source, bytes };
}

function tooLarge(bytes: number, source: InputSource): { ok: false; error: InputRefusal } {
  return { ok: false, error: sizeRefusal(bytes, source) };
}

/** Refuses a file by its size alone, before a byte of it is read. */
export function refuseFileSize(size: number): InputRefusal | null {
  return size > MAX_TEAM_BYTES ? sizeRefusal(size, "file") : null;
}

/**
 * Refuses pasted text by its size before it reaches the box, as a file is refused before it is
 * read: a 5 MB paste laid out in the box and kept in storage held the page for seconds before
 * the reader could refuse it. Measured natively (a Blob's size is its UTF-8 length), in a few
 * milliseconds however long the text, and not at all when it is too short to be over.
 */
export function refusePastedText(text: string): InputRefusal | null {
  // A UTF-16 unit is at most three UTF-8 bytes.
  if (text.length * 3 <= MAX_TEAM_BYTES) return null;
  const bytes = new Blob([text]).size;
  return bytes > MAX_TEAM_BYTES ? sizeRefusal(bytes, "text") : null;
}

/**
 * The caps, checked before any parsing: too large or not text is refused with a message that
 * says what to do; past MAX_TEAM_LINES, the rest is counted and left unread. Pauses now and
 * then, since it looks at every character of up to 2 MB.
 */
export function* admitSteps(text: string, source: InputSource): Generator<void, Admitted<AdmittedInput>, undefined> {
  // Every UTF-16 unit is at least one UTF-8 byte, so a text this long is too large already.
  if (text.length > MAX_TEAM_BYTES) return tooLarge(yield* utf8Steps(text), source);
  const scan = yield* scanSteps(text, MAX_TEAM_LINES);
  if (scan.bytes > MAX_TEAM_BYTES) return tooLarge(scan.bytes, source);
  if (scan.nul || scan.nonText > scan.chars * MAX_NON_TEXT_SHARE) {
    return { ok: false, error: { kind: "not-text", source } };
  }
  return { ok: true, value: { text: text.slice(0, scan.readEnd), lines: scan.lines, unreadLines: scan.unreadLines } };
}

/** admitSteps in one go. */
export const admitTeamInput = (text: string, source: InputSource) => drain(admitSteps(text, source));

/** What the team view says when lines were left unread. */
export function unreadLinesMessage(unread: number, locale: Locale, words: TeamInputMessages): string {
  return fill(pluralIn(locale, unread, words.unreadLines), {
    max: formatCountIn(locale, MAX_TEAM_LINES),
    n: formatCountIn(locale, unread),
  });
}
