import { fill } from "../i18n/format";
import type { FlowMessages } from "../i18n/messages/en/flow";
import { linkErrorText } from "./errors";
import { checkFragment, MAX_FRAGMENT_LENGTH } from "./fragment";
import { cleanLabel } from "./label";

/**
 * Links into a questionnaire's flow that bring a result along, in the flow page's fragment (so,
 * like a result, it never reaches a server):
 * - `with`: the result so far; the flow finishes on one report holding both.
 * - `retake`: the result to retake; the flow starts from its answers and carries it as the
 *   earlier result, so the new report shows the change since then.
 */
export type FlowKind = "with" | "retake";

/**
 * What a flow page's fragment may hold; each part is present only when usable. `notices` says,
 * for the flow's intro, what came along but cannot be used, so nothing is promised and dropped.
 */
export type FlowHash = {
  with?: string;
  retake?: string;
  invite?: string;
  role?: string;
  org?: string;
  notices?: string[];
};

/** The words a notice is said in: the flow page's (its carry messages); English for code that shows no page. */
export type FlowNoticeWords = Pick<FlowMessages["carry"], "leftOut" | "link">;

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
 * characters). A carried result is checked at once as far as the page can without the other
 * questionnaires (its format and seal): one damaged on its way is left out, with a notice for
 * the intro, and everything else in the address is kept. The answers of a carried result are
 * read later, by the results page or the retake, which hold every questionnaire. The notices are
 * in `words`' language.
 */
export function readFlowHash(hash: string, words: FlowNoticeWords): FlowHash {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text === "" || text.length > MAX_HASH_LENGTH) return {};
  const params = new URLSearchParams(text);
  const notices: string[] = [];
  const carried = (kind: FlowKind) => {
    const raw = params.get(kind);
    if (!raw || raw === "#") return undefined;
    const fragment = fragmentIn(raw);
    const checked = checkFragment(fragment ?? "x".repeat(MAX_FRAGMENT_LENGTH + 1));
    if (fragment !== undefined && checked.ok) return fragment;
    if (!checked.ok) notices.push(fill(words.leftOut[kind], { problem: linkErrorText(checked.error, words.link) }));
    return undefined;
  };
  const found: FlowHash = {
    with: carried("with"),
    retake: carried("retake"),
    invite: fragmentIn(params.get("invite")),
    role: cleanLabel(params.get("role")),
    org: cleanLabel(params.get("org")),
  };
  const parts = Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
  return notices.length > 0 ? { ...parts, notices } : parts;
}
