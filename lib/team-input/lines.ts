import { findLinks } from "./extract";

/** The most result links a team view takes: enough for any leadership team, small enough to stay fast. */
export const MAX_TEAM_LINKS = 500;

export type InputLine = { line: number; text: string };

/**
 * The non-empty lines of pasted text or an uploaded .txt/.csv, trimmed and numbered as the
 * person sees them. Lazy, so a reader can stop or pause anywhere.
 */
export function* eachLine(text: string): Generator<InputLine, void, undefined> {
  const breaks = /\r\n|\r|\n/g;
  for (let start = 0, line = 1; ; line += 1) {
    const hit = breaks.exec(text);
    const trimmed = text.slice(start, hit ? hit.index : text.length).trim();
    if (trimmed !== "") yield { line, text: trimmed };
    if (!hit) return;
    start = hit.index + hit[0].length;
  }
}

/** Every non-empty line at once. */
export function splitLines(text: string): InputLine[] {
  return [...eachLine(text)];
}

/**
 * The result fragment in a text that should hold one link: the first link found wherever it
 * sits (see extract.ts), else the text after "#", cut at the first CSV delimiter, so that the
 * decoder can say what is wrong with it.
 */
export function fragmentOf(text: string): string {
  for (const found of findLinks(text)) if (found.kind === "result") return found.readings[0] ?? "";
  const hash = text.indexOf("#");
  const candidate = hash >= 0 ? text.slice(hash + 1) : text;
  return candidate.replace(/^"+/, "").split(/[",;\s]/)[0] ?? "";
}
