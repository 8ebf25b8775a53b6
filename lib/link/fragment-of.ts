import { findLinks } from "../team-input/extract";

/**
 * The result fragment in a text that should hold one link (a box of /compare/, a link typed
 * by hand): the first link found wherever it sits, as the team box finds links in a line
 * (lib/team-input/extract.ts), else the text after "#", cut at the first CSV delimiter, so
 * that the decoder can say what is wrong with it.
 */
export function fragmentOf(text: string): string {
  for (const found of findLinks(text)) {
    if (found.kind === "result") return found.readings[0] ?? "";
    // A link a mail system hid: as it is, so the reader can say which system and what to do.
    if (found.kind === "wrapped") return found.token;
  }
  const hash = text.indexOf("#");
  const candidate = hash >= 0 ? text.slice(hash + 1) : text;
  return candidate.replace(/^"+/, "").split(/[",;\s]/)[0] ?? "";
}
