import type { SharedResult } from "../link/result-schema";

/**
 * How a printed report carries its link as a QR code. A link may hold two long names in any
 * script and the earlier result's too (up to 4,000 characters), more than the largest QR code
 * holds, so the code falls back, and says so, rather than fail:
 * 1. the whole link, at medium error correction (survives a crease or a smudge);
 * 2. the whole link, at low error correction (the most a version-40 code holds);
 * 3. the link without the leader's notes, when it carries them (notes are the longest part);
 * 4. the link without the names (and notes) it carries, which opens the same scores: the
 *    printed text beside it is still the whole link.
 */
export type QrPlan = { text: string; level: "M" | "L"; note: string | null };

/** Bytes a version-40 QR code holds in byte mode (ISO/IEC 18004, table 7). */
export const QR_CAPACITY = { M: 2331, L: 2953 } as const;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** What the printout says when the code leaves something out, in the page's language. */
export type QrNotes = { noNotes: string; noNamesOrNotes: string; noNames: string };

/**
 * `withoutNotes`, when the link carries notes: then `withoutNames` is without both. `notes` are
 * the report's words for what the code leaves out; the team pack's printout passes none.
 */
export function qrPlan(
  url: string,
  withoutNames: string,
  withoutNotes?: string,
  notes: QrNotes = ENGLISH_QR_NOTES,
): QrPlan | null {
  if (bytes(url) <= QR_CAPACITY.M) return { text: url, level: "M", note: null };
  if (bytes(url) <= QR_CAPACITY.L) return { text: url, level: "L", note: null };
  if (withoutNotes && bytes(withoutNotes) <= QR_CAPACITY.M)
    return { text: withoutNotes, level: "M", note: notes.noNotes };
  if (bytes(withoutNames) <= QR_CAPACITY.M)
    return {
      text: withoutNames,
      level: "M",
      note: withoutNotes ? notes.noNamesOrNotes : notes.noNames,
    };
  return null;
}

/** What the printout says when the code leaves the notes out. */
export const NO_NOTES_IN_QR =
  "The link is too long for a QR code with the notes it carries: the code opens the same result without them. The address below has the notes.";

const ENGLISH_QR_NOTES: QrNotes = {
  noNotes: NO_NOTES_IN_QR,
  noNamesOrNotes:
    "The link is too long for a QR code with the notes and names it carries: the code opens the same result without them.",
  noNames: "The link is too long for a QR code with the names it carries: the code opens the same result without them.",
};

/** The same result without the leader's notes (its own and the earlier result's). */
export function withoutNotes(result: SharedResult): SharedResult {
  const { notes: _notes, previous, ...rest } = result;
  if (!previous) return rest;
  const { notes: _pNotes, ...earlier } = previous;
  return { ...rest, previous: earlier };
}

/** What the printout says when no code could hold even the shorter link. */
export const NO_QR_NOTE = "This link is too long for a QR code: type or copy the address below to open the report.";

/** The same result without the names it carries (its own and the earlier result's). */
export function withoutNames(result: SharedResult): SharedResult {
  const { label: _label, org: _org, previous, ...rest } = result;
  if (!previous) return rest;
  const { label: _pLabel, org: _pOrg, ...earlier } = previous;
  return { ...rest, previous: earlier };
}

/**
 * The address a saved PDF's link points to. Chromium turns a link into the printed page itself
 * (the same address, another fragment) into a jump within the document, and drops it when no
 * element has that id, so a PDF would carry the report's address as text only. An empty query
 * makes it another address that static hosts serve as the same page, so the PDF link opens
 * the live report.
 */
export function paperHref(url: string): string {
  const hash = url.indexOf("#");
  if (hash < 0) return url;
  const base = url.slice(0, hash);
  return base.includes("?") ? url : `${base}?${url.slice(hash)}`;
}
