import { teamFragmentWith } from "@/lib/team-input/team-link";
import { encodeAction, type Action } from "@/lib/workshop/actions";

/**
 * The team link's fragment: the results as the worker wrote them (TeamExports' `results`),
 * after the invitation and the actions agreed. Only this short head is written on the page.
 */
export function teamFragmentOf(results: string, invite: string | null, actions: readonly Action[]): string {
  return teamFragmentWith(results, { ...(invite && { invite }), actions: actions.map(encodeAction) });
}

/** The address of this team view: this page with the team link (results, invitation, actions). */
export function teamUrl(results: string, invite: string | null, actions: readonly Action[]): string {
  return `${window.location.origin}${window.location.pathname}#${teamFragmentOf(results, invite, actions)}`;
}
