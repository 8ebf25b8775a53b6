import { fill } from "../i18n/format";
import type { LinkMessages } from "../i18n/messages/en/link";

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

/** What a message is made of besides its kind, so a page can say it in its own language. */
export type LinkErrorParts = {
  /** The questionnaire version a link names and this site does not know. */
  versionOf?: { version: number; title: string };
  /** A version newer than the newest this site runs (`newest`): said plainly as newer. */
  newerVersion?: { version: number; title: string; newest: number };
  /** The link format a newer site wrote, and the newest this one reads. */
  format?: { format: number; newest: number };
  /** The mail or chat system that rewrote the link, and whether it keeps the address elsewhere. */
  wrapper?: { name: string; elsewhere: boolean };
  /** The failure is in the earlier result a retake's link carries. */
  earlier?: boolean;
};

/**
 * A failure as data: pages word it with `linkErrorText` in their language, code that shows no page
 * with `linkErrorInEnglish` (english-errors.ts). No English rides along: it would put every
 * message in every bundle that reads a link, the team's worker among them.
 */
export type LinkError = { kind: LinkErrorKind; parts?: LinkErrorParts };

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: LinkError };

/**
 * A link error said in a page's language (lib/i18n/messages/<lang>/link.ts), from its kind and
 * parts; `linkErrorInEnglish` is this same function with the English words.
 */
export function linkErrorText(error: Pick<LinkError, "kind" | "parts">, m: LinkMessages): string {
  const { versionOf, newerVersion, format, wrapper, earlier } = error.parts ?? {};
  const base = wrapper
    ? fill(m.wrappedBy, {
        name: wrapper.name,
        why: fill(wrapper.elsewhere ? m.wrappedElsewhere : m.wrappedDamaged, { name: wrapper.name }),
      })
    : format
      ? fill(m.newerFormat, format)
      : newerVersion
        ? fill(m.newerVersion, newerVersion)
        : fill(m.kinds[error.kind], { ask: m.ask });
  const detailed = versionOf ? fill(m.withDetail, { message: base, detail: fill(m.versionOf, versionOf) }) : base;
  return earlier ? fill(m.inEarlier, { message: detailed }) : detailed;
}

const failed = (kind: LinkErrorKind, parts?: LinkErrorParts): { ok: false; error: LinkError } => ({
  ok: false,
  error: { kind, ...(parts && { parts }) },
});

/** Of two failures, the one the decoder got further with (LINK_ERROR_KINDS' order); the first on a tie. */
export function furthest<F extends { error: LinkError }>(a: F, b: F): F {
  return LINK_ERROR_KINDS.indexOf(a.error.kind) >= LINK_ERROR_KINDS.indexOf(b.error.kind) ? a : b;
}

export function linkError(
  kind: LinkErrorKind,
  versionOf?: LinkErrorParts["versionOf"],
): { ok: false; error: LinkError } {
  return failed(kind, versionOf && { versionOf });
}

/** A questionnaire version newer than the newest this site runs, naming both. */
export function newerVersion(version: number, title: string, newest: number): { ok: false; error: LinkError } {
  return failed("unknown-version", { newerVersion: { version, title, newest } });
}

/** A link in a format newer than this site reads, naming both formats. */
export function newerFormat(format: number, newest: number): { ok: false; error: LinkError } {
  return failed("newer-format", { format: { format, newest } });
}

/**
 * A link rewritten by a mail or chat system (lib/link/wrappers.ts) that holds no readable result:
 * which system, and what to do about it.
 */
export function wrappedError(name: string, elsewhere: boolean): { ok: false; error: LinkError } {
  return failed("wrapped", { wrapper: { name, elsewhere } });
}

/** The same failure, said to be in the earlier result a retake's link carries. */
export function inEarlierResult(failure: { ok: false; error: LinkError }): { ok: false; error: LinkError } {
  return failed(failure.error.kind, { ...failure.error.parts, earlier: true });
}
