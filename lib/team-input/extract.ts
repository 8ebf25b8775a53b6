import type { LinkError } from "../link/errors";
import { wrappedError } from "../link/errors";
import { MAX_FRAGMENT_LENGTH } from "../link/fragment";
import { spacedOut } from "../link/edges";
import { fragmentReadings, withoutEntities } from "../link/reader";
import { INVISIBLE_CHARS } from "../shared/invisible";

/**
 * Finding result links inside a line of pasted text or CSV. People paste links with whatever
 * surrounds them (a quoted CSV cell, "Row #3, …", a sentence, a Markdown link), respelled by
 * the tools they passed through, so a link is looked for wherever it sits.
 */

/** What one stretch of a line held. */
export type Found =
  /** A result link, as the ways it can be read, likeliest first. */
  | { kind: "result"; readings: string[] }
  /** A team view's own link (`team=1&r=…&r=…`), whose entries are read one by one. */
  | { kind: "team"; token: string }
  /** A link rewritten by a mail or chat system that holds no readable result: why, to report. */
  | { kind: "wrapped"; token: string; error: LinkError }
  /** Text that only looked like a link. Yielded all the same, so a long line can pause on it. */
  | { kind: "none" };

// A fragment is written by URLSearchParams, which escapes everything but letters, digits and
// "*-._", so none of these can be inside one: they are what surrounds a link in a cell, a
// list or a sentence ("]" closes a Markdown link's text, as in "[link](link)"). "#" is where
// the fragment starts inside a URL. Invisible characters (zero-width space, direction marks,
// soft hyphen, NEL…) end a link too: word processors, PDFs and chat tools leave them beside
// links and between them. So does punctuation of any other script (curly quotes, "…", "。",
// 「」), which lines are read with as spaces (lib/link/edges.ts).
const DELIMITER = `\\s"'\`,;<>|#\\]${INVISIBLE_CHARS}`;
const DELIMITERS = new RegExp(`[${DELIMITER}]`, "g");
// Where a link may start: its format ("v=") or a team link ("team="), plain or percent-encoded,
// beginning a parameter (at the start of a token, after "&", an opening bracket, or an encoded
// "&" or "#"). Words such as "dev=3" do not match, so prose and CSV junk cost one native scan.
// Encoded again ("%2523") when a wrapper wraps a wrapper; Proofpoint writes "#" as "-23" and
// "=" as "-3D" (v2), or "#" as "*" and "%" as "*" (v3), so a link Safe Links wrapped before
// Proofpoint did holds "-2523v-253D" or "*23v*3D".
// (The prefix is matched rather than looked behind for: five times faster on 2 MB of junk.)
const ESCAPED = "[%*-](?:25|2D)*";
const MARKER = new RegExp(`(?:^|[${DELIMITER}&([{*]|${ESCAPED}2[36A])((?:v|team)(?:=|${ESCAPED}3[dD]))`, "g");
// Proofpoint v3 ends its address with "__;<base64>!!…$", past a ";" (or a "," of the address it
// wraps) that ends other links.
const V3 = /urldefense(?:\.proofpoint)?\.com\/v3\/__/i;
const V3_STOP = /[\s"'`<>]/;
const V3_END = new RegExp(V3_STOP.source, "g");
// HTML mail writes "&" as "&amp;": read as the mail program meant it, before ";" ends a link.
const ENTITY = /&(?:amp|#0*38|#x0*26);/i;
// The last delimiter in a stretch of text, and what follows it: one native scan, where a loop
// back over a 2 MB token one character at a time took a tenth of a second.
const LAST_DELIMITER = new RegExp(`[${DELIMITER}][^${DELIMITER}]*$`);
const RESULT = /(?:^|&)v=/;
const TEAM = /(?:^|&)team=1(?:&|$)/;
// What wraps a link in Markdown or a sentence, as in "[CEO](v=2&…)." or "(v=2&…)": text up to
// an opening bracket before the first parameter, and closing brackets and punctuation at the
// end. Not delimiters, since a link made by hand may hold them; the token is read without them first.
const OPENING = /^[^=&]*[([{]/;
const CLOSING = new Set(")]}.!?:");

/** A token without what wraps it. The end is looked at from the end: a pattern anchored there tried every dot of a run of them. */
function unwrapped(token: string): string {
  let end = token.length;
  while (end > 0 && CLOSING.has(token[end - 1] ?? "")) end -= 1;
  const start = OPENING.exec(token.slice(0, end))?.[0].length ?? 0;
  return token.slice(start, end);
}

function tokenStart(line: string, from: number, floor: number): number {
  const last = LAST_DELIMITER.exec(line.slice(floor, from));
  return last ? floor + last.index + 1 : floor;
}

// Used synchronously and set before each use, so one instance serves every call.
const NEXT_DELIMITER = new RegExp(DELIMITERS.source, "g");

function tokenEnd(line: string, from: number): number {
  NEXT_DELIMITER.lastIndex = from;
  return NEXT_DELIMITER.exec(line)?.index ?? line.length;
}

/**
 * Ways to read one token, likeliest first: without wrapping punctuation (an unsealed link would
 * otherwise read "CEO)" as its label), then as the link reader reads it (lib/link/reader.ts:
 * unwrapped from a mail system's rewriting, percent-decoded, quoted-printable decoded), then
 * as written.
 */
function classify(token: string): Found {
  if (TEAM.test(token)) return { kind: "team", token };
  // Too long to be a result however it is spelled (wrapping and escaping at most quadruple
  // it): read as written, so the decoder refuses it unread, without respelling megabytes.
  if (token.length > 4 * MAX_FRAGMENT_LENGTH) return { kind: "result", readings: [token] };
  const bare = unwrapped(token);
  const { readings, opaque } = fragmentReadings(bare);
  if (RESULT.test(bare) && !readings.includes(bare)) readings.unshift(bare);
  if (RESULT.test(token) && !readings.includes(token)) readings.push(token);
  if (readings.length > 0) return { kind: "result", readings };
  if (!opaque) return { kind: "none" };
  return { kind: "wrapped", token, error: wrappedError(opaque.name, opaque.elsewhere).error };
}

// Links that mail systems keep on their own server hold no marker: looked for on their own.
const OPAQUE = /https?:\/\/(?:[\w-]+\.)*(?:mimecast\.com|mimecastprotect\.com|lnkd\.in)\/[^\s"'`<>]*/gi;

/** The end of a token that starts at `start`: its next delimiter, or past Proofpoint v3's tail. */
function endOf(line: string, start: number, from: number): number {
  const end = tokenEnd(line, from);
  if (end === line.length || V3_STOP.test(line[end] ?? "") || !V3.test(line.slice(start, end))) return end;
  V3_END.lastIndex = end;
  return V3_END.exec(line)?.index ?? line.length;
}

/**
 * Every link in a line, in order. Lazy, and linear in the line's length: each stretch of text
 * is looked at once, so a 2 MB line of junk costs one pass, and the reader can pause between
 * any two pieces.
 */
export function* findLinks(raw: string): Generator<Found, void, undefined> {
  const line = spacedOut(ENTITY.test(raw) ? withoutEntities(raw) : raw);
  const marker = new RegExp(MARKER.source, "g");
  let floor = 0;
  let found = false;
  for (let hit = marker.exec(line); hit; hit = marker.exec(line)) {
    const at = hit.index + hit[0].length - (hit[1]?.length ?? 0);
    const start = tokenStart(line, at, floor);
    const end = endOf(line, start, at);
    floor = end;
    marker.lastIndex = end;
    const link = classify(line.slice(start, end));
    found ||= link.kind !== "none";
    yield link;
  }
  // A line with no link in it may still hold one a mail system hid: say which.
  if (found || !/mimecast|lnkd\.in/i.test(line)) return;
  for (const [link] of line.matchAll(OPAQUE)) yield classify(link);
}

/** The links in a line, as a list (for tests and for single-link inputs). */
export function linksIn(line: string): Exclude<Found, { kind: "none" }>[] {
  return [...findLinks(line)].flatMap((found) => (found.kind === "none" ? [] : [found]));
}

/**
 * The parameters of a fragment, decoded exactly as URLSearchParams decodes them, one at a
 * time: a team link may hold a hundred thousand, and reading them all at once is one long task.
 */
export function* pairsOf(query: string): Generator<[string, string], void, undefined> {
  // URLSearchParams drops one leading "?" from the whole text, and only there.
  for (let from = query.startsWith("?") ? 1 : 0; from <= query.length;) {
    const amp = query.indexOf("&", from);
    const end = amp < 0 ? query.length : amp;
    if (end > from) {
      // The "&" keeps a pair that starts with "?" whole.
      const [pair] = new URLSearchParams(`&${query.slice(from, end)}`);
      if (pair) yield pair;
    }
    from = end + 1;
  }
}

/** The entries (`r=`) of a team link, one at a time. */
export function* teamEntries(token: string): Generator<string, void, undefined> {
  for (const [key, value] of pairsOf(token)) if (key === "r") yield value;
}

/**
 * Ways to read one entry of a team link. An entry that holds no link is still read as
 * written, so the decoder can say what is wrong with it.
 */
export function readingsOfEntry(entry: string): string[] {
  const readings = linksIn(entry).flatMap((found) => (found.kind === "result" ? found.readings : []));
  return readings.length > 0 ? readings : [entry];
}
