import type { InputSource } from "../team-input/caps";
import { teamLinkText } from "../team-input/team-link";
import type { TeamText } from "../team/text";
import { decodeActions, type ActionsRead } from "./actions";

/** What "the team over time" reads from an earlier team link: its links, and what it agreed. */
export type EarlierTeam = { text: string; source: InputSource; agreed: ActionsRead };

const TEAM_LINK = /(?:^|[#\s])(team=1(?:&|$)\S*)/;

/**
 * An earlier team link as pasted (the whole address, or only its fragment): its results as
 * lines, and the actions agreed then. Anything else is read as links, with nothing agreed.
 */
export function earlierTeam(pasted: string, text: TeamText): EarlierTeam {
  const fragment = TEAM_LINK.exec(pasted.trim())?.[1];
  const link = fragment ? teamLinkText(fragment) : null;
  if (!link?.ok) return { text: pasted, source: "text", agreed: { actions: [], problems: [] } };
  return { text: link.value.text, source: "link", agreed: decodeActions(link.value.actions, text) };
}
