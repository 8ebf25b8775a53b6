import { fill } from "../i18n/format";
import type { InvitationLinkMessages } from "../i18n/messages/en/invitation-link";
import type { Decoded, LinkError, LinkErrorKind, LinkErrorParts } from "../link/errors";
import { cleanLabel } from "../link/label";
import { base64UrlToBytes, bytesToBase64Url } from "../shared/base64url";
import { nameKey } from "../shared/name-rule";
import { linkSeal, SEAL_LENGTH } from "../link/seal";
import { InvitationSchema, type Invitation } from "./schema";

export { InvitationSchema, type Invitation } from "./schema";

/**
 * An invitation as a token that fits in a URL fragment: `<format>.<payload>.<seal>`. The
 * payload is the invitation as JSON in base64url; the seal (as in result links) covers
 * everything before it, so a token cut anywhere, or with one character changed, is refused with
 * the reason instead of showing a different team or sending results to a different address.
 *
 * Format 1: team, facilitator, roles to choose from, closing date. Format 2 adds who is invited
 * (`p`). An invitation that lists no one is still written as format 1, byte for byte as before,
 * so it opens on a site that reads only format 1; a format 2 token opened there says it was made
 * by a newer version.
 */
export const INVITATION_FORMAT = 2;
const FIRST_FORMAT = 1;
/**
 * Four names of 80 characters, an address and twelve roles fit in well under this; so does a
 * list of those invited, which the form checks against it. It is also the most a run's address
 * carries (lib/link/flow-links.ts), so a token never outgrows the run it starts.
 */
export const MAX_TOKEN_LENGTH = 4000;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The failures an invitation can have, named as result links name theirs (lib/link/errors.ts). */
const INVITATION_ERROR_KINDS = [
  "empty",
  "not-a-result",
  "newer-format",
  "truncated",
  "extended",
  "tampered",
  "too-large",
] as const satisfies readonly LinkErrorKind[];

export type InvitationErrorKind = (typeof INVITATION_ERROR_KINDS)[number];

/** What a message is made of besides its kind: the format a newer site wrote, and the newest this one reads. */
export type InvitationErrorParts = Pick<LinkErrorParts, "format">;

/**
 * A failure as data: pages word it with `invitationErrorText`, code that shows no page with
 * `invitationErrorInEnglish` (english-errors.ts), so no English rides in the pages' bundles.
 */
export type InvitationError = { kind: InvitationErrorKind; parts?: InvitationErrorParts };

const isInvitationKind = (kind: LinkErrorKind): kind is InvitationErrorKind =>
  INVITATION_ERROR_KINDS.some((k) => k === kind);

/**
 * An invitation's failure said in a page's language (lib/i18n/messages/<lang>/invitation-link.ts).
 * It takes a result link's error type, as decodeInvitation returns one; a kind only result links
 * have never comes from an invitation, and would read as "not an invitation".
 */
export function invitationErrorText(error: Pick<LinkError, "kind" | "parts">, m: InvitationLinkMessages): string {
  const { format } = error.parts ?? {};
  if (format) return fill(m.newerFormat, format);
  const kind = isInvitationKind(error.kind) ? error.kind : "not-a-result";
  return fill(m.kinds[kind], { ask: m.ask });
}

export function invitationError(
  kind: InvitationErrorKind,
  parts?: InvitationErrorParts,
): {
  ok: false;
  error: InvitationError;
} {
  return {
    ok: false,
    error: { kind, ...(parts && { parts }) },
  };
}

const toBase64Url = (text: string) => bytesToBase64Url(new TextEncoder().encode(text));

/** The UTF-8 text a base64url payload holds, or null when it is not whole, valid UTF-8. */
function fromBase64Url(payload: string): string | null {
  const bytes = base64UrlToBytes(payload);
  try {
    return bytes && new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The invitation with its names cleaned as result labels are: one line, no control characters. */
function cleaned(invitation: Invitation): Invitation {
  const clean = (text: string) => cleanLabel(text) ?? "";
  // Named once as the team view matches names (case, width, invisible characters aside), the
  // first spelling kept: a list with two spellings of one name would leave one never answered.
  const names = (list: readonly string[] | undefined) => {
    const byKey = new Map<string, string>();
    for (const name of (list ?? []).map(clean))
      if (name !== "" && !byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
    return [...byKey.values()];
  };
  const roles = names(invitation.roles);
  const invited = names(invitation.invited);
  return {
    team: clean(invitation.team),
    facilitator: { name: clean(invitation.facilitator.name), email: invitation.facilitator.email.trim() },
    ...(roles.length > 0 && { roles }),
    ...(invitation.closes && { closes: invitation.closes }),
    ...(invited.length > 0 && { invited }),
  };
}

/** Writes an invitation as a URL-safe token. The same invitation always gives the same token. */
export function encodeInvitation(invitation: Invitation): string {
  const { team, facilitator, roles, closes, invited } = cleaned(invitation);
  const wire = {
    t: team,
    n: facilitator.name,
    e: facilitator.email,
    ...(roles && { r: roles }),
    ...(closes && { c: closes }),
    ...(invited && { p: invited }),
  };
  const format = invited ? INVITATION_FORMAT : FIRST_FORMAT;
  const body = `${format}.${toBase64Url(JSON.stringify(wire))}`;
  return `${body}.${linkSeal(body)}`;
}

/** The invitation from a wire object, or null when it is not one. */
function fromWire(value: unknown, format: number): Invitation | null {
  if (typeof value !== "object" || value === null) return null;
  const get = (key: string): unknown => Reflect.get(value, key);
  const parsed = InvitationSchema.safeParse({
    team: get("t"),
    facilitator: { name: get("n"), email: get("e") },
    roles: get("r"),
    closes: get("c"),
    // Format 1 had no list of those invited: a `p` in one was not written by this site.
    invited: format >= 2 ? get("p") : undefined,
  });
  if (!parsed.success) return null;
  // A hand-made token could carry control characters; what is shown is what encode would write.
  const invitation = cleaned(parsed.data);
  return invitation.team && invitation.facilitator.name ? invitation : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Reads a token (with or without a leading "#i="-style prefix already removed). Never throws:
 * every failure is a typed error whose message says what to do.
 */
export function decodeInvitation(token: string): Decoded<Invitation> {
  const text = token.trim();
  if (text.length > MAX_TOKEN_LENGTH) return invitationError("too-large");
  if (text === "") return invitationError("empty");
  const format = /^(\d{1,6})(?:\.|$)/.exec(text)?.[1];
  if (format === undefined) return invitationError("not-a-result");
  if (Number(format) > INVITATION_FORMAT) {
    return invitationError("newer-format", { format: { format: Number(format), newest: INVITATION_FORMAT } });
  }
  if (Number(format) < FIRST_FORMAT) return invitationError("not-a-result");
  // The seal is written last, so any cut takes it away or shortens it.
  const parts = text.split(".");
  const [, payload = "", rest = ""] = parts;
  if (parts.length < 3 || (parts.length === 3 && rest.length < SEAL_LENGTH)) return invitationError("truncated");
  const body = `${format}.${payload}`;
  if (!BASE64URL.test(payload) || rest.slice(0, SEAL_LENGTH) !== linkSeal(body)) return invitationError("tampered");
  // Whole and sealed, with something after it: pasted twice, or typed into.
  if (parts.length > 3 || rest.length > SEAL_LENGTH) return invitationError("extended");
  const json = fromBase64Url(payload);
  const invitation = json === null ? null : fromWire(parseJson(json), Number(format));
  return invitation ? { ok: true, value: invitation } : invitationError("not-a-result");
}
