import { MAX_FRAGMENT_LENGTH } from "../link/fragment";

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
  /** Text that only looked like a link. Yielded all the same, so a long line can pause on it. */
  | { kind: "none" };

// A fragment is written by URLSearchParams, which escapes everything but letters, digits and
// "*-._", so none of these can be inside one: they are what surrounds a link in a cell, a
// list or a sentence. "#" is where the fragment starts inside a URL.
const DELIMITER = `\\s"'\`,;<>|#`;
export const DELIMITERS = new RegExp(`[${DELIMITER}]`, "g");
// Where a link may start: its format ("v=") or a team link ("team="), plain or percent-encoded,
// beginning a parameter (at the start of a token, after "&", an opening bracket, or an encoded
// "&" or "#"). Words such as "dev=3" do not match, so prose and CSV junk cost one native scan.
// (The prefix is matched rather than looked behind for: five times faster on 2 MB of junk.)
const MARKER = new RegExp(`(?:^|[${DELIMITER}&([{]|%2[36])((?:v|team)(?:=|%3[dD]))`, "g");
// The last delimiter in a stretch of text, and what follows it: one native scan, where a loop
// back over a 2 MB token one character at a time took a tenth of a second.
const LAST_DELIMITER = new RegExp(`[${DELIMITER}][^${DELIMITER}]*$`);
const RESULT = /(?:^|&)v=/;
const TEAM = /(?:^|&)team=1(?:&|$)/;
const ENCODED = /%3[dD]/;
// What wraps a link in Markdown or a sentence, as in "[CEO](v=2&…)." or "(v=2&…)": text up to
// an opening bracket before the first parameter, and closing brackets and punctuation at the
// end. Not delimiters, since a link made by hand may hold them; the token is read without them first.
const WRAPPING = /^[^=&]*[([{]|[)\]}.!?:]+$/g;

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

/** decodeURIComponent, or null where the text holds a "%" that starts no valid escape. */
function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Ways to read one token, likeliest first: without wrapping punctuation (an unsealed link would
 * otherwise read "CEO)" as its label), as written, then percent-decoded.
 */
function readingsOfToken(token: string): string[] {
  const unwrapped = token.replace(WRAPPING, "");
  const readings = [unwrapped, token].filter((t, i, all) => RESULT.test(t) && all.indexOf(t) === i);
  if (ENCODED.test(unwrapped)) {
    // A whole link run through encodeURIComponent: decoded, it may be a URL with a "#" again.
    const decoded = percentDecoded(unwrapped);
    const inner = decoded?.split(DELIMITERS).find((t) => RESULT.test(t));
    if (inner !== undefined && !readings.includes(inner)) readings.push(inner);
  }
  return readings;
}

function classify(token: string): Found {
  if (TEAM.test(token)) return { kind: "team", token };
  // Too long to be a result however it is spelled (percent-encoding at most triples it): read
  // as written, so the decoder refuses it unread, without copying megabytes to respell it.
  if (token.length > 3 * MAX_FRAGMENT_LENGTH) return { kind: "result", readings: [token] };
  const readings = readingsOfToken(token);
  return readings.length > 0 ? { kind: "result", readings } : { kind: "none" };
}

/**
 * Every link in a line, in order. Lazy, and linear in the line's length: each stretch of text
 * is looked at once, so a 2 MB line of junk costs one pass, and the reader can pause between
 * any two pieces.
 */
export function* findLinks(line: string): Generator<Found, void, undefined> {
  const marker = new RegExp(MARKER.source, "g");
  let floor = 0;
  for (let hit = marker.exec(line); hit; hit = marker.exec(line)) {
    const at = hit.index + hit[0].length - (hit[1]?.length ?? 0);
    const start = tokenStart(line, at, floor);
    const end = tokenEnd(line, at);
    floor = end;
    marker.lastIndex = end;
    yield classify(line.slice(start, end));
  }
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
