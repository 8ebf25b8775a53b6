import { fill } from "../i18n/format";
import type { TeamText } from "../team/text";
import { isSensibleDue, type Action } from "./actions";

/**
 * The actions' due dates as an iCalendar file (RFC 5545), for any calendar to import: one
 * all-day event per action on its due date. Written by hand rather than with a library: the
 * part of the standard this needs is a page long, and each rule below is tested byte for byte.
 */

const CRLF = "\r\n";
/** RFC 5545 §3.1: lines longer than 75 octets are folded. */
const MAX_OCTETS = 75;

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped, line breaks as "\n". */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|[\r\n]/g, "\\n");
}

/**
 * One content line, folded (§3.1): after every 75 octets a CRLF and one space, which counts
 * towards the next line's 75. A fold never splits a character, so no UTF-8 sequence is cut.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable fingerprint of an action for its UID. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** "2027-03-31" → "20270331" (§3.3.4). */
const basicDate = (isoDate: string) => isoDate.replaceAll("-", "");

/** A UTC time as §3.3.5 writes it: 20270331T093000Z. */
const basicUtc = (when: Date) =>
  when
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export type CalendarAction = Action & {
  /** What the action is about, as people read it: "Leadership (Customer journey)". */
  aboutText: string;
};

/**
 * The file. Each event's UID comes from what the action is about, its text and its owner, so
 * importing a later export updates an event whose due date moved instead of adding a second.
 * `stamp` is when the file is written (DTSTAMP, required by §3.8.7.2).
 */
export function actionsCalendar(
  actions: readonly CalendarAction[],
  stamp: Date,
  { workshop: w }: Pick<TeamText, "workshop">,
  team?: string,
): string {
  const seen = new Map<string, number>();
  // A due date outside the years a workshop plans for is a slip no calendar should file.
  const events = actions
    .filter((a) => isSensibleDue(a.due))
    .flatMap((a) => {
      const key = fingerprint(`${a.about.questionnaireId}/${a.about.kind}/${a.about.id}\n${a.text}\n${a.owner ?? ""}`);
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      const uid = `action-${key}${repeat > 0 ? `-${repeat + 1}` : ""}@outside-in`;
      return [
        "BEGIN:VEVENT",
        `UID:${uid}`,
        `DTSTAMP:${basicUtc(stamp)}`,
        // A date with no DTEND is an all-day event of one day (§3.6.1).
        `DTSTART;VALUE=DATE:${basicDate(a.due)}`,
        `SUMMARY:${escapeText(a.text)}`,
        `DESCRIPTION:${escapeText(
          [
            ...(a.owner ? [fill(w.icsOwner, { owner: a.owner })] : []),
            fill(w.icsAbout, { about: a.aboutText }),
            ...(team ? [fill(w.icsTeam, { team })] : []),
          ].join("\n"),
        )}`,
        "END:VEVENT",
      ];
    });
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Outside-In//Team workshop actions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events,
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldLine(line)}${CRLF}`).join("");
}
