import { isSealed, MAX_FRAGMENT_LENGTH } from "../link/fragment";
import { SEAL_LENGTH } from "../link/radix";
import { fragmentReadings } from "../link/reader";
import { firstToken, lastToken } from "./extract";

/** A line of input as read: numbered as its first line, `span` lines long when mail had broken it. */
export type InputLine = { line: number; text: string; span: number };

type Physical = { line: number; text: string };

/** Every line, trimmed and numbered as the person sees them, blank ones included. */
function* physicalLines(text: string): Generator<Physical, void, undefined> {
  const breaks = /\r\n|\r|\n/g;
  for (let start = 0, line = 1; ; line += 1) {
    const hit = breaks.exec(text);
    yield { line, text: text.slice(start, hit ? hit.index : text.length).trim() };
    if (!hit) return;
    start = hit.index + hit[0].length;
  }
}

// Mail quotes a reply with "> " (or "| ") before each line, one mark per level.
const QUOTE = /^(?:[>|][ \t]*)+/;
const depthOf = (line: string) => (QUOTE.exec(line)?.[0].match(/[>|]/g) ?? []).length;
/** A line without the quote marks of a reply `depth` levels deep, or null when it is quoted otherwise. */
function unquoted(line: string, depth: number): string | null {
  const marks = QUOTE.exec(line)?.[0] ?? "";
  if ((marks.match(/[>|]/g) ?? []).length !== depth) return null;
  return line.slice(marks.length).trimStart();
}

// Quoted-printable writes "=" as "=3D", a space as "=20", bytes of UTF-8 as "=C3" and the like,
// and breaks long lines with "=" at their end (a soft line break).
const QP_ESCAPE = /=(?:3D|20|09|[89A-F][0-9A-F])/;
const softBreak = (line: string, next: string) => line.endsWith("=") && (QP_ESCAPE.test(line) || QP_ESCAPE.test(next));

// A sealed link's format ("v=2" and up), as written, percent-encoded, quoted-printable or
// rewritten by Proofpoint, and its whole seal: a link with the first and not the second was cut.
const SEALED = /(?:^|[&*]|%(?:25)*2[36]|-2[36])v(?:=|%(?:25)*3D|-3D)[2-9]/i;
const SEAL = new RegExp(`(?:&|%(?:25)*26|-26)z(?:=(?:3D)?|%(?:25)*3D|-3D)[A-Za-z0-9_-]{${SEAL_LENGTH}}(?![A-Za-z0-9])`);
// What a wrapped link's next line starts with, and what starts a link of its own instead.
const CONTINUES = /^[A-Za-z0-9%&=._~*+-]/;
const LINK_START = /^(?:https?:|www\.|#|v=|v%3D|team=)/i;
/** Lines one link may be wrapped over: the longest at 50 characters a line. */
const MAX_WRAP_LINES = (4 * MAX_FRAGMENT_LENGTH) / 50;

const V3 = /urldefense(?:\.proofpoint)?\.com\/v3\/__/i;
const V3_END = /[\s"'`<>]/;

/** How many lines after `from` finish a Proofpoint v3 address's tail, up to its "$": readable without them, but its own. */
function restOfV3(candidate: string, depth: number, from: number, peek: (i: number) => Physical | undefined): number {
  let tail = candidate;
  for (let i = from; i < from + 3 && !tail.endsWith("$"); i += 1) {
    const body = peek(i)?.text ? unquoted(peek(i)?.text ?? "", depth) : null;
    if (!body || V3_END.test(body) || LINK_START.test(body)) return 0;
    tail += body;
    if (tail.endsWith("$")) return i - from + 1;
  }
  return 0;
}

/**
 * How many of the lines after `text` finish the sealed link it ends with, as a mail program
 * wrapped it; 0 when it ends with no cut link, or when no following lines make it whole. Joined
 * only when the seal then checks, so a cut link is never glued to text that is not its rest.
 */
function wrappedOver(text: string, depth: number, peek: (i: number) => Physical | undefined): number {
  let candidate = lastToken(text);
  if (!SEALED.test(candidate) || SEAL.test(candidate)) return 0;
  for (let i = 0; i < MAX_WRAP_LINES; i += 1) {
    const body = peek(i)?.text ? unquoted(peek(i)?.text ?? "", depth) : null;
    if (!body || LINK_START.test(body) || !CONTINUES.test(body)) return 0;
    // Proofpoint v3's address goes on past a ";" (see extract.ts), to its closing "$".
    const v3 = V3.test(candidate);
    const piece = v3 ? (body.split(V3_END)[0] ?? "") : firstToken(body);
    candidate += piece;
    if (candidate.length > 4 * MAX_FRAGMENT_LENGTH) return 0;
    if (fragmentReadings(candidate).readings.some(isSealed))
      return i + 1 + (v3 ? restOfV3(candidate, depth, i + 1, peek) : 0);
    // The line goes on past the link, so the link ended on it, and it is still not whole.
    if (piece.length < body.length) return 0;
  }
  return 0;
}

/**
 * The non-empty lines of pasted text or an uploaded .txt/.csv, trimmed and numbered as the
 * person sees them. Lazy, so a reader can stop or pause anywhere. Lines mail broke apart are
 * read as one, numbered as the first: quoted-printable soft line breaks, and a sealed link
 * wrapped over several lines (quote marks of a reply before each) when its seal then checks.
 */
export function* eachLine(text: string): Generator<InputLine, void, undefined> {
  const source = physicalLines(text);
  const ahead: Physical[] = [];
  const peek = (i: number): Physical | undefined => {
    while (ahead.length <= i) {
      const next = source.next();
      if (next.done) return undefined;
      ahead.push(next.value);
    }
    return ahead[i];
  };
  const take = () => ahead.shift() ?? source.next().value;
  for (let first = take(); first; first = take()) {
    if (first.text === "") continue;
    const depth = depthOf(first.text);
    const read: InputLine = { line: first.line, text: first.text, span: 1 };
    for (let next = peek(0); next?.text; next = peek(0)) {
      // A soft line break: the next line goes on with this one, quoted as it is or not at all.
      const body = read.text.endsWith("=") ? (unquoted(next.text, depth) ?? unquoted(next.text, 0)) : null;
      if (body !== null && softBreak(read.text, body)) {
        read.text = read.text.slice(0, -1) + body;
        take();
        read.span += 1;
        continue;
      }
      const lines = wrappedOver(read.text, depth, peek);
      if (lines === 0) break;
      for (let i = 0; i < lines; i += 1) read.text += unquoted(take()?.text ?? "", depth) ?? "";
      read.span += lines;
    }
    yield read;
  }
}

/** Every non-empty line at once. */
export function splitLines(text: string): InputLine[] {
  return [...eachLine(text)];
}
