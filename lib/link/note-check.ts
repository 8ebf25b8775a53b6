import { formatCount } from "../shared/numbers";
import { MAX_FRAGMENT_LENGTH } from "./fragment";
import { MAX_NOTE_LENGTH, noteProblem } from "./notes";

/**
 * What a leader reads when a note would make the result link longer than the site reads. Grouped
 * by formatCount, not toLocaleString: this line runs when the flow's code loads, at the Start tap,
 * and building Intl's number formatter there cost about 100 ms at 4× CPU (see numbers.ts).
 */
export const TOO_LONG_FOR_LINK = `This note would make your result link longer than the ${formatCount(MAX_FRAGMENT_LENGTH)} characters the site reads: shorten it or another note. Your answers and other notes are kept.`;

/** The counter under a note: how much of the limit it uses. */
export const noteCount = (text: string) => `${text.length} of ${MAX_NOTE_LENGTH} characters`;

/**
 * Why a typed note cannot be kept, or null: the note's own rule first (length, nothing
 * visible), then the link it would make, measured by `linkLength` with the note in place.
 */
export async function checkNote(text: string, linkLength: (text: string) => Promise<number>): Promise<string | null> {
  const own = noteProblem(text);
  if (own) return own;
  return (await linkLength(text)) > MAX_FRAGMENT_LENGTH ? TOO_LONG_FOR_LINK : null;
}
