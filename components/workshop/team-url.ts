import { encodeTeamFragment } from "@/lib/team-input/team-link";
import { encodeAction, type Action } from "@/lib/workshop/actions";

/** The address of this team view: this page with the team link (results, invitation, actions). */
export function teamUrl(fragments: readonly string[], invite: string | null, actions: readonly Action[]): string {
  const fragment = encodeTeamFragment(fragments, { ...(invite && { invite }), actions: actions.map(encodeAction) });
  return `${window.location.origin}${window.location.pathname}#${fragment}`;
}
