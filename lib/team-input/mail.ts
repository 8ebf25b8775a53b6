import type { InputLine } from "./lines";
import { depthOf, unquoted } from "./quoting";

/**
 * The mail around pasted links: a whole email thread or a mailbox export can be pasted into the
 * team box (lines.ts joins what mail broke), and its headers, the quoted message replied to, its
 * closings and signatures are mail, not lines that failed to be links. Those are not listed as
 * lines not counted; a line that is neither still is, and a link in any of them is read.
 */

// RFC 5322 header fields as mail programs show them, Outlook's "Sent:" among them, and the
// line that starts each message of an mbox export ("From lena@example.org Mon Mar  3 …").
const HEADER =
  /^(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Message-ID|In-Reply-To|References|Content-[A-Za-z-]+|MIME-Version|Received|Return-Path|Delivered-To|Importance|Thread-Topic|Thread-Index|X-[A-Za-z0-9-]+)\s*:/i;
const MBOX_FROM = /^From \S+@\S+/;
// Where a reply quotes or forwards the message before it.
const ATTRIBUTION =
  /^(?:On .{1,200} wrote:|-{2,} ?(?:Original Message|Forwarded message) ?-{2,}|_{8,}|Begin forwarded message:)$/i;
// A closing, after which the sender's name (and title) follow until a blank line.
const CLOSING =
  /^(?:(?:kind|best|warm|warmest|many|with) (?:regards|wishes|thanks)|regards|best|thanks|thank you|cheers|sincerely|yours(?: sincerely| truly)?|all the best)[,.!]*$/i;
// The signature delimiter: "-- " on its own line (trimmed here to "--").
const SIGNATURE = /^--$/;

/**
 * A reader of the lines in order that says which are mail. `holdsLink` says a line held a
 * link (read or not): such a line is never mail, and it ends a signature.
 */
export function mailLines(): (line: InputLine, holdsLink: boolean) => boolean {
  let signature = false;
  let last = 0;
  return ({ line, text, span }, holdsLink) => {
    // A blank line in between ends a signature or a closing's name and title.
    if (line > last + 1) signature = false;
    last = line + span - 1;
    if (holdsLink) {
      signature = false;
      return false;
    }
    const depth = depthOf(text);
    // The message replied to, quoted, holds no link of its own: mail.
    if (depth > 0) return true;
    const body = unquoted(text, depth) ?? text;
    if (SIGNATURE.test(body) || CLOSING.test(body)) signature = true;
    return signature || HEADER.test(body) || MBOX_FROM.test(body) || ATTRIBUTION.test(body) || SIGNATURE.test(body);
  };
}
