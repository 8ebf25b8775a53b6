import { inRunOrder, latestVersions, type Catalogue } from "../questionnaire/catalogue";
import { carriedTargets } from "../results/targets";
import { fill } from "../i18n/format";
import type { LinkMessages } from "../i18n/messages/en/link";
import { linkErrorText, type Decoded, type LinkError } from "./errors";
import { readLink } from "./reader";
import { withPrevious } from "./previous";
import type { SharedResult } from "./result-schema";

/**
 * How a finished flow hands its result to the results page when it brought another result
 * along. The flow page ships only its own questionnaire, so it cannot read the other one; the
 * results page holds every version, joins them, and replaces its address with the one link.
 *
 * `/results/#arrive=<own result>&with=<result so far>&retake=<earlier result>&invite=<token>`
 */
export type Arrival = { own: string; with?: string; retake?: string; invite?: string };

const KEY = "arrive";

export function arrivalHash({ own, ...rest }: Arrival): string {
  const params = new URLSearchParams({ [KEY]: own });
  for (const [key, value] of Object.entries(rest)) if (value) params.set(key, value);
  return params.toString();
}

/** The arrival in a results page's fragment, or null when it holds a plain result link. */
export function readArrival(hash: string): Arrival | null {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!text.startsWith(`${KEY}=`)) return null;
  const params = new URLSearchParams(text);
  const own = params.get(KEY) ?? "";
  const arrival: Arrival = { own };
  for (const key of ["with", "retake", "invite"] as const) {
    const value = params.get(key);
    if (value) arrival[key] = value;
  }
  return arrival;
}

/** A result that arrived with a new one and could not be read, said in a page's language. */
export function leftOutText(from: "with" | "retake", error: LinkError, m: LinkMessages): string {
  return fill(m.leftOut, { what: from === "with" ? m.broughtAlong : m.retook, message: linkErrorText(error, m) });
}

export type Joined = {
  result: SharedResult;
  /**
   * What could not be joined, as data for a page to say in its language (leftOutText): the new
   * answers are never dropped for it. Absent when none.
   */
  problems?: { from: "with" | "retake"; error: LinkError }[];
};

/**
 * One result from what arrived: the new answers, the other assessment's answers brought along
 * (the new ones win for the same questionnaire), the role and organisation typed once, and
 * the retaken result as the earlier one. Only a new result that cannot be read fails it.
 */
export function joinArrival(arrival: Arrival, catalogue: Catalogue): Decoded<Joined> {
  const own = readLink(arrival.own, catalogue);
  if (!own.ok) return own;
  const problems: NonNullable<Joined["problems"]> = [];
  const read = (fragment: string | undefined, from: "with" | "retake"): SharedResult | undefined => {
    if (!fragment) return undefined;
    const decoded = readLink(fragment, catalogue);
    if (decoded.ok) return decoded.value;
    problems.push({ from, error: decoded.error });
    return undefined;
  };
  const carried = read(arrival.with, "with");
  const earlier = read(arrival.retake, "retake");

  const order = inRunOrder(latestVersions(catalogue)).map((q) => q.id);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const mine = new Set(own.value.assessments.map((a) => a.questionnaireId));
  const assessments = [
    ...(carried?.assessments.filter((a) => !mine.has(a.questionnaireId)) ?? []),
    ...own.value.assessments,
  ].sort((a, b) => rank(a.questionnaireId) - rank(b.questionnaireId));

  const label = own.value.label ?? carried?.label ?? earlier?.label;
  const org = own.value.org ?? carried?.org ?? earlier?.org;
  // A retake keeps the targets the earlier report planned toward, in the new result's own
  // targets: the link has no other place for them, and "change since last time" reads them there.
  const targets = own.value.targets ?? carried?.targets ?? (earlier && carriedTargets(earlier, catalogue));
  // Importance is the leader's judgement of what matters, not a score: it carries as marked.
  const importance = own.value.importance ?? carried?.importance ?? earlier?.importance;
  const { previous: _ignored, ...base } = own.value;
  const joined: SharedResult = {
    ...base,
    assessments,
    ...(label && { label }),
    ...(org && { org }),
    ...(targets && { targets }),
    ...(importance && { importance }),
  };
  return {
    ok: true,
    value: {
      result: earlier ? withPrevious(joined, earlier) : joined,
      ...(problems.length > 0 && { problems }),
    },
  };
}
