/**
 * Why a link could not be read. Every kind has a message written for the person holding it.
 * Listed by how far the decoder got before it gave up, least first: of several readings of one
 * link that all fail, the one that got furthest is likeliest what the person meant to paste.
 */
export const LINK_ERROR_KINDS = [
  "not-a-result",
  "empty",
  "too-large",
  "wrapped",
  "newer-format",
  "unknown-questionnaire",
  "unknown-version",
  "truncated",
  "extended",
  "tampered",
] as const;

export type LinkErrorKind = (typeof LINK_ERROR_KINDS)[number];

export type LinkError = { kind: LinkErrorKind; message: string };

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: LinkError };

const ASK = "Ask the person who sent it for a fresh copy, or take the assessment yourself.";

const MESSAGES: Record<LinkErrorKind, string> = {
  empty: "This page shows a result held in its link, and this link holds none. Take an assessment to get one.",
  "not-a-result": `This link is not an Outside-In result link, or part of it was changed. ${ASK}`,
  "newer-format":
    "This result link was made by a newer version of Outside-In than this site runs. Open it on the site that made it, or ask the site's owner to update.",
  "unknown-questionnaire": `This link refers to a questionnaire this site does not offer, so it may come from a different site. ${ASK}`,
  "unknown-version":
    "This link was made with a version of the questionnaire this site does not know. Open it on the site that made it, or ask its owner to update.",
  truncated: `This link looks cut off: some characters are missing, which often happens when a link wraps in an email. Copy the whole link again. ${ASK}`,
  extended: `This link has extra characters at the end of the answers, so it may have been pasted twice or edited. Copy the link again. ${ASK}`,
  tampered: `The answers in this link do not pass their integrity check, so a character was changed or mistyped. ${ASK}`,
  "too-large": `This link is far longer than any result link, so it was not read. ${ASK}`,
  wrapped: `This link was rewritten by a mail or chat system, and the result link inside it cannot be read. ${ASK}`,
};

/** Of two failures, the one the decoder got further with (LINK_ERROR_KINDS' order); the first on a tie. */
export function furthest<F extends { error: LinkError }>(a: F, b: F): F {
  return LINK_ERROR_KINDS.indexOf(a.error.kind) >= LINK_ERROR_KINDS.indexOf(b.error.kind) ? a : b;
}

export function linkError(kind: LinkErrorKind, detail?: string): { ok: false; error: LinkError } {
  return { ok: false, error: { kind, message: detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind] } };
}

/** A link in a format newer than this site reads, naming both formats. */
export function newerFormat(format: number, newest: number): { ok: false; error: LinkError } {
  const message = `This result link was made in link format ${format}, by a newer version of Outside-In than this site runs (it reads up to format ${newest}). Open it on the site that made it, or ask the site's owner to update.`;
  return { ok: false, error: { kind: "newer-format", message } };
}

/**
 * A link rewritten by a mail or chat system (lib/link/wrappers.ts) that holds no readable result:
 * which system, and what to do about it.
 */
export function wrappedError(name: string, elsewhere: boolean): { ok: false; error: LinkError } {
  const why = elsewhere
    ? `${name} keeps the real address on its own server, so the result is not inside this link.`
    : `The result link inside this ${name} address is missing or damaged.`;
  const message = `This link was rewritten by ${name}. ${why} Open it in your browser, then copy the address of the results page it opens (the part after /results/# is the result) and paste that instead, or ask the sender to send the result link again as plain text.`;
  return { ok: false, error: { kind: "wrapped", message } };
}

/** The same failure, said to be in the earlier result a retake's link carries. */
export function inEarlierResult(failed: { ok: false; error: LinkError }): { ok: false; error: LinkError } {
  return {
    ok: false,
    error: {
      kind: failed.error.kind,
      message: `${failed.error.message} The problem is in the earlier result this link carries for comparison.`,
    },
  };
}
