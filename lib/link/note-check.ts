import { formatCount } from "../shared/numbers";
import type { FlowMessages } from "../i18n/messages/en/flow";
import { fill, formatCountIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { MAX_FRAGMENT_LENGTH } from "./fragment";
import { MAX_NOTE_LENGTH, noteProblem, noteProblemOf, type NoteProblem } from "./notes";

const tooLongForLink = () =>
  `This note would make your result link longer than the ${formatCount(MAX_FRAGMENT_LENGTH)} characters the site reads: shorten it or another note. Your answers and other notes are kept.`;

/**
 * What a leader reads when a note would make the result link longer than the site reads, in
 * English. Built by a call marked pure, so the question flow, which words it from its messages,
 * ships without it. Grouped by formatCount, not toLocaleString: code the flow loads runs at the
 * Start tap, and building Intl's number formatter there cost about 100 ms at 4× CPU.
 */
export const TOO_LONG_FOR_LINK = /* @__PURE__ */ tooLongForLink();

/** The counter under a note: how much of the limit it uses. */
export const noteCount = (text: string) => `${text.length} of ${MAX_NOTE_LENGTH} characters`;

/** Why a note cannot be kept: its own rule, or the link it would make. */
export type NoteCheck = NoteProblem | { kind: "link-too-long" };

/**
 * Why a typed note cannot be kept, or null: the note's own rule first (length, nothing
 * visible), then the link it would make, measured by `linkLength` with the note in place.
 */
export async function noteCheck(
  text: string,
  linkLength: (text: string) => Promise<number>,
): Promise<NoteCheck | null> {
  const own = noteProblemOf(text);
  if (own) return own;
  return (await linkLength(text)) > MAX_FRAGMENT_LENGTH ? { kind: "link-too-long" } : null;
}

/** The same, in English words. */
export async function checkNote(text: string, linkLength: (text: string) => Promise<number>): Promise<string | null> {
  const found = await noteCheck(text, linkLength);
  return found?.kind === "link-too-long" ? TOO_LONG_FOR_LINK : found && noteProblem(text);
}

/** A note's counter and problems in a page's language. */
export function noteTexts(locale: Locale, m: FlowMessages["note"]) {
  const count = (n: number) => formatCountIn(locale, n);
  return {
    count: (text: string) => fill(m.count, { length: count(text.length), max: count(MAX_NOTE_LENGTH) }),
    problem: (found: NoteCheck): string =>
      found.kind === "too-long"
        ? fill(m.tooLong, { max: count(MAX_NOTE_LENGTH), length: count(found.length) })
        : found.kind === "blank"
          ? m.blank
          : fill(m.linkTooLong, { max: count(MAX_FRAGMENT_LENGTH) }),
  };
}
