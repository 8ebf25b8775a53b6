/** The most result links a team view takes: enough for any leadership team, small enough to stay fast. */
export const MAX_TEAM_LINKS = 500;

export type InputLine = { line: number; text: string };

/**
 * Splits pasted text or an uploaded .txt/.csv into non-empty lines, numbered as the person
 * sees them. For CSV, a line's link is found wherever it sits among the cells.
 */
export function splitLines(text: string): InputLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: raw.trim() }))
    .filter((l) => l.text !== "");
}

/** The result fragment inside a line: after "#" in a URL, or the bare fragment itself. */
export function fragmentOf(text: string): string {
  const hash = text.indexOf("#");
  const candidate = hash >= 0 ? text.slice(hash + 1) : text;
  // A CSV cell may be quoted or followed by more cells.
  return candidate.replace(/^"+/, "").split(/[",;\s]/)[0] ?? "";
}
