import { scanSteps, utf8Steps } from "./scan";
import { drain } from "../shared/slices";
import { formatCount } from "../shared/numbers";
import { countOf, plural } from "../shared/plural";

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

export type InputRefusal = { kind: "too-large" | "not-text"; message: string };

export type Admitted<T> = { ok: true; value: T } | { ok: false; error: InputRefusal };

/** The part of an input that will be read, and how much of it is left unread. */
export type AdmittedInput = { text: string; lines: number; unreadLines: number };

const NAME: Record<InputSource, string> = { file: "This file", text: "This text", link: "This team link" };

const SIZE_ADVICE: Record<InputSource, string> = {
  file: "Split it, or paste only the links.",
  text: "Split it, or paste only the links.",
  link: "Ask for the links as a file instead, and load it in parts.",
};

const NOT_TEXT: Record<InputSource, string> = {
  file: "This file is not a text file (it holds binary data, such as an image, a spreadsheet or a PDF), so it was not read. Load a .txt or .csv file of links: a spreadsheet can be saved as CSV.",
  text: "This text is not plain text (it holds binary data), so it was not read. Paste only the links.",
  link: "This team link holds binary data, not result links, so it was not read. Ask for a fresh copy.",
};

/** A size as people read it. Rounded up, so a size over a limit never shows as the limit. */
export function formatSize(bytes: number): string {
  const up = (n: number) => (Math.ceil(n * 10) / 10).toFixed(1);
  if (bytes < 1024) return `${bytes} ${plural(bytes, "byte", "bytes")}`;
  if (bytes < MB) return `${up(bytes / 1024)} KB`;
  return `${up(bytes / MB)} MB`;
}

/** The refusal of an input of this many bytes, naming its size and the limit. */
export function sizeRefusal(bytes: number, source: InputSource): InputRefusal {
  const limit = `${MAX_TEAM_BYTES / MB} MB`;
  const message = `${NAME[source]} is ${formatSize(bytes)}; the team view reads up to ${limit} (thousands of links). ${SIZE_ADVICE[source]}`;
  return { kind: "too-large", message };
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
    return { ok: false, error: { kind: "not-text", message: NOT_TEXT[source] } };
  }
  return { ok: true, value: { text: text.slice(0, scan.readEnd), lines: scan.lines, unreadLines: scan.unreadLines } };
}

/** admitSteps in one go. */
export const admitTeamInput = (text: string, source: InputSource) => drain(admitSteps(text, source));

/** What the team view says when lines were left unread. */
export function unreadLinesMessage(unread: number): string {
  const rest = countOf(unread, "more line was", "more lines were");
  return `Only the first ${formatCount(MAX_TEAM_LINES)} lines were read; ${rest} left unread. Split the input to read the rest.`;
}
