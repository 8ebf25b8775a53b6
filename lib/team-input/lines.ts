import { depthOf, unquoted, type Physical } from "./quoting";
import { lastAddress, wrappedOver, type WrapMemo } from "./wrapped";

/** A line of input as read: numbered as its first line, `span` lines long when mail had broken it. */
export type InputLine = { line: number; text: string; span: number };

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

// Quoted-printable writes "=" as "=3D", a space as "=20", bytes of UTF-8 as "=C3" and the like,
// and breaks long lines with "=" at their end (a soft line break). It writes every "=" so: a
// plain link's "v=2&" or "d=2026" (which looks like "=20") shows the text is not
// quoted-printable, and a line of it cut right after an "=" was hard-wrapped.
const QP_ESCAPE = /=(?:3D|20|09|[89A-F][0-9A-F])/;
const EQUALS = /=/g;
const HEX_PAIR = /^[0-9A-F]{2}$/;

/**
 * A logical line as it is put together: its parts, joined once at the end (joining a chain of
 * soft line breaks one at a time copied the line again for every break), and what it shows of
 * quoted-printable so far, kept up to date as each part comes rather than looked for again.
 */
function logicalLine(first: string) {
  const parts: string[] = [];
  // Whether an escape or a plain "=" has been seen, and the last two characters, where an "="
  // may still start an escape with what comes next.
  let escapes = false;
  let plain = false;
  let tail = "";
  const append = (part: string) => {
    parts.push(part);
    const text = tail + part;
    for (const hit of text.matchAll(EQUALS)) {
      if (hit.index + 2 >= text.length) continue;
      const escape = text.slice(hit.index, hit.index + 3);
      if (!HEX_PAIR.test(escape.slice(1))) plain = true;
      else escapes ||= QP_ESCAPE.test(escape);
    }
    tail = text.slice(-2);
  };
  append(first);
  return {
    parts,
    append,
    endsWithEquals: () => tail.endsWith("="),
    /** Whether the line's last "=" is a soft line break before `next`. */
    softBreakBefore: (next: string) =>
      tail.endsWith("=") && tail !== "==" && !plain && (escapes || QP_ESCAPE.test(next)),
    /** The next line, joined at a soft line break: the "=" goes. */
    joinSoftly(next: string) {
      const last = parts.length - 1;
      parts[last] = (parts[last] ?? "").slice(0, -1);
      tail = tail.slice(0, -1);
      append(next);
    },
    text: () => parts.join(""),
  };
}

/**
 * The non-empty lines of pasted text or an uploaded .txt/.csv, trimmed and numbered as the
 * person sees them. Lazy, so a reader can stop or pause anywhere. Lines mail broke apart are
 * read as one, numbered as the first: quoted-printable soft line breaks, and a sealed link
 * wrapped over several lines (quote marks of a reply before each) when its seal then checks,
 * with the rest of a mail system's address around it (lib/team-input/wrapped.ts). Linear in
 * the text: each line is read once, and looked at again by one walk over a wrapped link at most.
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
  const memo: WrapMemo = { from: 1, through: 0 };
  for (let first = take(); first; first = take()) {
    if (first.text === "") continue;
    const depth = depthOf(first.text);
    const read = logicalLine(first.text);
    let span = 1;
    for (let next = peek(0); next?.text; next = peek(0)) {
      // A soft line break: the next line goes on with this one, quoted as it is or not at all.
      const body = read.endsWithEquals() ? (unquoted(next.text, depth) ?? unquoted(next.text, 0)) : null;
      if (body !== null && read.softBreakBefore(body)) {
        read.joinSoftly(body);
        take();
        span += 1;
        continue;
      }
      const lines = wrappedOver(lastAddress(read.parts), depth, peek, memo);
      if (lines === 0) break;
      for (let i = 0; i < lines; i += 1) read.append(unquoted(take()?.text ?? "", depth) ?? "");
      span += lines;
    }
    yield { line: first.line, text: read.text(), span };
  }
}

/** Every non-empty line at once. */
export function splitLines(text: string): InputLine[] {
  return [...eachLine(text)];
}
