/**
 * Common chat tools, email clients and older browsers cut or refuse URLs past about 2,000
 * characters, so a longer team view is offered as a file instead of a link.
 */
export const MAX_SHAREABLE_URL = 2000;

/** The team view's fragment: every respondent's result fragment, in order. */
export function encodeTeamFragment(fragments: string[]): string {
  const params = new URLSearchParams({ team: "1" });
  for (const f of fragments) params.append("r", f);
  return params.toString();
}

/** The result fragments held by a team fragment, as lines for the team view's input. */
export function decodeTeamFragment(hash: string): string[] | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.get("team") !== "1") return null;
  return params.getAll("r");
}
