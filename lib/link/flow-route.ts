import { arrivalHash } from "./arrival";
import type { FlowHash } from "./flow-links";

/** The questionnaires a result fragment holds answers for, without decoding it. */
export function assessmentsIn(fragment: string | undefined, order: readonly string[]): string[] {
  if (!fragment) return [];
  const keys = new Set(new URLSearchParams(fragment.replace(/^#/, "")).keys());
  return order.filter((id) => keys.has(id));
}

type Finish = {
  /** The questionnaire just finished. */
  questionnaireId: string;
  /** The site's current questionnaires, in the order it offers them. */
  order: readonly string[];
  /** The finished questionnaire's own result fragment. */
  own: string;
  /** What the flow's address brought along. */
  carry: FlowHash;
  /**
   * A retake the leader ends here, without going on to the next assessment the retaken result
   * holds: a year later one of the two may be all they want to redo.
   */
  here?: boolean;
};

/**
 * Whether a run may end before the next assessment: a retake may (the leader chooses what to
 * redo), an invited run may not (the facilitator asked for both).
 */
export const canFinishHere = (carry: FlowHash) => Boolean(carry.retake) && !carry.invite;

/** The assessment a finished flow goes on to (see routeAfterFinish), or undefined. */
export function nextAssessment({ questionnaireId, order, carry }: Omit<Finish, "own">): string | undefined {
  if (carry.with || (!carry.invite && !carry.retake)) return undefined;
  const here = order.indexOf(questionnaireId);
  const pending = carry.invite
    ? order.filter((id) => id !== questionnaireId)
    : assessmentsIn(carry.retake, order).filter((id) => order.indexOf(id) > here);
  return pending[0];
}

/**
 * Where a finished flow goes (a path without the base path):
 * - an invited run goes on to the assessment not yet taken, then to the joined result;
 * - a retake goes on to the next assessment the retaken result holds, then to the joined
 *   result, which carries the retaken one as the earlier result;
 * - a flow that brought a result along ends on one result holding both;
 * - otherwise, the result on its own.
 * Only the first step goes on, so a run never loops: the second already carries a result.
 */
export function routeAfterFinish({ questionnaireId, order, own, carry, here }: Finish): string {
  if (!carry.with && !carry.invite && !carry.retake) return `/results/#${own}`;
  const next = here && canFinishHere(carry) ? undefined : nextAssessment({ questionnaireId, order, carry });
  if (next) {
    const params = new URLSearchParams();
    if (carry.invite) params.set("invite", carry.invite);
    if (carry.retake) params.set("retake", carry.retake);
    params.set("with", own);
    if (carry.role) params.set("role", carry.role);
    if (carry.org) params.set("org", carry.org);
    return `/assess/${next}/#${params.toString()}`;
  }
  return `/results/#${arrivalHash({ own, with: carry.with, retake: carry.retake, invite: carry.invite })}`;
}

/**
 * Where a finished run goes when this page could not keep its result in the history: through
 * the results page's arrival, which tries again and, failing, says why, so a result is never
 * silently missing from the list.
 */
export const notKeptRoute = (own: string) => `/results/#${arrivalHash({ own })}`;
