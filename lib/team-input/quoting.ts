/** A line of pasted text as the person sees it: its number, and its text trimmed. */
export type Physical = { line: number; text: string };

/** The line `i` places ahead of the one being read, or undefined past the end. */
export type Peek = (i: number) => Physical | undefined;

// Mail quotes a reply with "> " (or "| ") before each line, one mark per level.
const QUOTE = /^(?:[>|][ \t]*)+/;
const marksIn = (quote: string) => (quote.match(/[>|]/g) ?? []).length;

/** How many levels deep a line is quoted. */
export const depthOf = (line: string) => marksIn(QUOTE.exec(line)?.[0] ?? "");

/** A line without the quote marks of a reply `depth` levels deep, or null when it is quoted otherwise. */
export function unquoted(line: string, depth: number): string | null {
  const marks = QUOTE.exec(line)?.[0] ?? "";
  if (marksIn(marks) !== depth) return null;
  return line.slice(marks.length).trimStart();
}
