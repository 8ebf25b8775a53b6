import { MAX_LABEL } from "./result-schema";

// Controls that have no business in a one-line name: C0 (NUL, CR, TAB…), DEL, C1, and the
// bidi embeddings, overrides and isolates, which can make text around a label read backwards.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;
// Half of a surrogate pair on its own is not a character: browsers show a replacement box.
const LONE_SURROGATE = /\p{Cs}/gu;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * A role or organisation name as a link may carry it: one line, no control characters, at
 * most MAX_LABEL UTF-16 units, cut between whole characters (never inside an emoji or a
 * surrogate pair). Undefined when nothing readable is left.
 */
export function cleanLabel(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw
    .replace(LONE_SURROGATE, "")
    .replace(LINE_BREAKS, " ")
    .replace(CONTROLS, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= MAX_LABEL) return text || undefined;
  let cut = "";
  for (const { segment } of graphemes.segment(text)) {
    if (cut.length + segment.length > MAX_LABEL) break;
    cut += segment;
  }
  return cut.trim() || undefined;
}
