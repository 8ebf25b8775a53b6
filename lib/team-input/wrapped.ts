import { spacedOut } from "../link/edges";
import { isSealed, MAX_FRAGMENT_LENGTH } from "../link/fragment";
import { SEAL_LENGTH } from "../link/seal";
import { fragmentReadings } from "../link/reader";
import { INVISIBLE_CHARS } from "../shared/invisible";
import { unquoted, type Peek } from "./quoting";

/**
 * Joining a link a mail program wrapped over several lines. The join is made only when the
 * joined text then passes the seal, so a cut link is never glued to the text after it. Every
 * line is looked at by one walk at most, and a walk reads its text again only where a seal
 * appears, a few times at most: a paste of thousands of lines that each end like the start of a
 * link costs what any paste of that size costs (looking ahead from every line took minutes).
 */

/** The longest a wrapped link's text can be: wrapping and escaping at most quadruple a link. */
const MAX_CANDIDATE = 4 * MAX_FRAGMENT_LENGTH;
/** Lines one link may be wrapped over: the longest at 50 characters a line. */
const MAX_WRAP_LINES = MAX_CANDIDATE / 50;
/**
 * Readings tried per walk: at the seal, and on the lines after it, where an escaped "&" cut in
 * two or Proofpoint v3's tail (up to its "!") makes the link readable.
 */
const MAX_ATTEMPTS = 4;
/** Characters of a mail system's address read on after the link inside it is whole. */
const MAX_REST = 1000;

// "%", "#", "&" and "=" as mail systems escape them, once or again: "%2523", Proofpoint v2's
// "-23" (and "-2D23" around another wrapper), Proofpoint v3's "*" for "#" and "%".
const ESCAPED = "[%*-](?:25|2D){0,4}";
// A sealed link's format ("v=2" and up), and its whole seal: a link with the first and not the
// second was cut.
const SEALED = new RegExp(`(?:^|[&*#]|${ESCAPED}2[36A])v(?:=|${ESCAPED}3D)[2-9]`, "i");
const SEAL_SOURCE = `(?:&|${ESCAPED}26)z(?:=(?:3D)?|${ESCAPED}3D)[A-Za-z0-9_-]{${SEAL_LENGTH}}(?![A-Za-z0-9])`;
const SEAL = new RegExp(SEAL_SOURCE, "i");
/** A seal is at most this long, so a new one is found in the last piece and this much before it. */
const SEAL_REACH = 80;
// An address, which may hold a link further on (Safe Links' first line often holds none of it).
const ADDRESS = /^(?:https?:\/\/|www\.)/i;
const WRAPPER = /safelinks|urldefense|google\.|linkedin\.com|facebook\.com|messenger\.com|slack-redir|cudasvc/i;
const V3 = /urldefense(?:\.proofpoint)?\.com\/v3\/__/i;
// Where an address ends: white space, quotes, angle brackets, Slack's "|", invisible characters
// and punctuation of any other script (read as spaces, lib/link/edges.ts).
const URL_END = new RegExp(`[\\s"'\`<>|\\]${INVISIBLE_CHARS}]`);
// What a wrapped link's next line starts with, and what starts a link of its own instead.
const CONTINUES = /^[A-Za-z0-9%&=._~*+-]/;
const ADDRESS_CONTINUES = /^[A-Za-z0-9%&=._~*+#/?:@!$,;-]/;
const LINK_START = /^(?:https?:|https?%3A|www\.|#|v=|v%3D|team=)/i;
const TEAM = /(?:^|[#&?]|%23|%26)team(?:=|%3D)/i;
const FRAGMENT_START = /^(?:v=|v%3D|team=|team%3D)/i;
const RAW_ADDRESS = /^(?:https?:\/\/|www\.)/i;
// An address that has just reached its "#", as written or escaped: a link goes on from it.
const AT_FRAGMENT = new RegExp(`(?:#|${ESCAPED}23|\\*)$`, "i");
// Where a mail system's address is known to end.
const WRAPPER_END = /(?:reserved=0|\$|&e=)$/;

/** Lines (by number) a walk read whole without finding a link: no link starts among them. */
export type WrapMemo = { from: number; through: number };

/** The text before the first place an address would end. */
function firstPiece(body: string): string {
  const end = spacedOut(body).search(URL_END);
  return end < 0 ? body : body.slice(0, end);
}

/** The address a logical line ends with: its text after the last place an address would end. */
export function lastAddress(parts: readonly string[]): string {
  let token = "";
  for (let i = parts.length - 1; i >= 0 && token.length <= MAX_CANDIDATE; i -= 1) {
    const part = parts[i] ?? "";
    const spaced = spacedOut(part.slice(-(MAX_CANDIDATE + 1)));
    let j = spaced.length - 1;
    while (j >= 0 && !URL_END.test(spaced[j] ?? "")) j -= 1;
    token = spaced.slice(j + 1) + token;
    if (j >= 0) break;
  }
  return token;
}

const readable = (candidate: string) => fragmentReadings(candidate).readings.some(isSealed);

/** Whether the seal regex matches in `window` where it reaches into its last `fresh` characters. */
function newSeal(window: string, fresh: number): boolean {
  const seals = new RegExp(SEAL_SOURCE, "gi");
  for (const match of window.matchAll(seals)) if (match.index + match[0].length > window.length - fresh) return true;
  return false;
}

/**
 * How many lines after `from` are the rest of a mail system's address whose link is already
 * whole: whole lines of the address, and a last one only when it goes on with the address's
 * parameters. Never a line that holds a link of its own: an address there (Teams' "dest=https…")
 * is one of the wrapper's parameters only when the line before ends with its "=".
 */
function restOfWrapper(candidate: string, depth: number, from: number, peek: Peek): number {
  let tail = candidate.slice(-SEAL_REACH);
  let lines = 0;
  for (let length = 0; length < MAX_REST && !WRAPPER_END.test(tail);) {
    const text = peek(from + lines)?.text;
    const body = text ? unquoted(text, depth) : null;
    if (!body || !ADDRESS_CONTINUES.test(body) || SEALED.test(body) || TEAM.test(body)) break;
    if (FRAGMENT_START.test(body) || (RAW_ADDRESS.test(body) && !tail.endsWith("="))) break;
    const piece = firstPiece(body);
    if (piece.length < body.length) return /[&=$]/.test(piece) ? lines + 1 : lines;
    tail = (tail + piece).slice(-SEAL_REACH);
    length += piece.length;
    lines += 1;
  }
  return lines;
}

/**
 * How many of the lines ahead (`peek(0)` on) finish the sealed link that `token`, the end of
 * the line so far, starts, as a mail program wrapped it; 0 when the token starts no link, or
 * when no following lines make one whole.
 */
export function wrappedOver(token: string, depth: number, peek: Peek, memo: WrapMemo): number {
  const next = peek(0);
  // A line a failed walk read whole: a link can start there no more than it could there.
  if (!next || (next.line - 1 >= memo.from && next.line - 1 <= memo.through)) return 0;
  const address = ADDRESS.test(token);
  // A team link holds whole links, each sealed on its own: it is never a link cut short.
  if (token.length > MAX_CANDIDATE || !(address || SEALED.test(token)) || TEAM.test(token)) return 0;
  if (SEAL.test(token)) return address && WRAPPER.test(token) ? restOf(token, depth, 0, peek) : 0;
  // An address still looking for its link goes on with any part of an address (an escaped one
  // inside it, "www." or "https%3A", or its "#…"), but not with a bare fragment unless it has
  // just reached its "#": glued to an address, a bare fragment could no longer be read. A link
  // already started goes on only with what a fragment holds, and never with a new link.
  const pieces = [token];
  let length = token.length;
  let tail = token.slice(-SEAL_REACH);
  let attempts = 0;
  let sealSeen = false;
  const looking = address && !SEALED.test(token);
  const stops = (body: string) =>
    looking
      ? !ADDRESS_CONTINUES.test(body) || (FRAGMENT_START.test(body) && !AT_FRAGMENT.test(tail))
      : !CONTINUES.test(body) || LINK_START.test(body);
  // Proofpoint v3's link reads only once its tail has come, up to the "!" after its base64.
  const v3 = V3.test(token);
  memo.from = next.line;
  memo.through = next.line - 1;
  for (let i = 0; i < MAX_WRAP_LINES && attempts < MAX_ATTEMPTS; i += 1) {
    const line = peek(i);
    const body = line?.text ? unquoted(line.text, depth) : null;
    if (!line || !body || stops(body)) return 0;
    const piece = firstPiece(body);
    length += piece.length;
    if (length > MAX_CANDIDATE) return 0;
    pieces.push(piece);
    const window = tail + piece;
    tail = window.slice(-SEAL_REACH);
    const sealHere = newSeal(window, piece.length);
    sealSeen ||= sealHere;
    // A line that holds a whole link of its own is that link, not the end of this one.
    if (sealHere && readable(piece)) return 0;
    if (sealHere || (sealSeen && (!v3 || piece.includes("!")))) {
      attempts += 1;
      const candidate = pieces.join("");
      if (readable(candidate)) return i + 1 + restOf(candidate, depth, i + 1, peek);
    }
    // The line goes on past the address, so the link ended on it, and it is still not whole.
    if (piece.length < body.length) return 0;
    memo.through = line.line;
  }
  return 0;
}

/** The lines after a whole link that finish the mail system's address around it. */
function restOf(candidate: string, depth: number, from: number, peek: Peek): number {
  return ADDRESS.test(candidate) && WRAPPER.test(candidate) ? restOfWrapper(candidate, depth, from, peek) : 0;
}
