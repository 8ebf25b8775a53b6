import { MAX_FRAGMENT_LENGTH } from "./fragment";
import { cleanLabel } from "./label";

/**
 * Links into a questionnaire's flow that bring a result along, in the flow page's fragment (so,
 * like a result, it never reaches a server):
 * - `with`: the result so far; the flow finishes on one report holding both.
 * - `retake`: the result to retake; the flow starts from its answers and carries it as the
 *   earlier result, so the new report shows the change since then.
 */
export type FlowKind = "with" | "retake";

/** What a flow page's fragment may hold; each part is present only when usable. */
export type FlowHash = { with?: string; retake?: string; invite?: string; role?: string; org?: string };

/** A whole flow fragment longer than this is not read at all: no part of it could be kept. */
const MAX_HASH_LENGTH = 3 * MAX_FRAGMENT_LENGTH + 1000;

/** The path (without base path) of a questionnaire's flow carrying a result fragment. */
export function flowLink(questionnaireId: string, kind: FlowKind, fragment: string): string {
  return `/assess/${questionnaireId}/#${kind}=${encodeURIComponent(fragment.replace(/^#/, ""))}`;
}

/**
 * The result fragment in a value: as written, or the part after "#" when a whole result
 * address was put there. Too long to be a result, it is left out rather than cut, since a cut
 * result would be read as a different one.
 */
function fragmentIn(value: string | null): string | undefined {
  if (!value) return undefined;
  const hash = value.indexOf("#");
  const fragment = hash >= 0 ? value.slice(hash + 1) : value;
  return fragment !== "" && fragment.length <= MAX_FRAGMENT_LENGTH ? fragment : undefined;
}

/**
 * Reads a flow page's fragment (with or without "#"). Never throws; ignores keys it does not
 * know; a role or organisation is cleaned as a result link cleans it (one line, at most 80
 * characters). The fragments it returns are not decoded: decodeFragment says what is wrong with
 * one, for the page to tell the leader.
 */
export function readFlowHash(hash: string): FlowHash {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text === "" || text.length > MAX_HASH_LENGTH) return {};
  const params = new URLSearchParams(text);
  const found: FlowHash = {
    with: fragmentIn(params.get("with")),
    retake: fragmentIn(params.get("retake")),
    invite: fragmentIn(params.get("invite")),
    role: cleanLabel(params.get("role")),
    org: cleanLabel(params.get("org")),
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}
