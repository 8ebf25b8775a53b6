import type { ImportancePrompt } from "../content/assessments/importance-prompt-schema";
import type { ImportanceByArea } from "../link/importance";
import { IMPORTANCE_SPLIT } from "../scoring/thresholds";
import { anyMarked, areaImportance, teamImportance } from "../team/importance";
import type { TeamText } from "../team/text";
import type { TeamAggregate } from "../team/types";

/** One row of "What matters to the team": how many leaders marked each level in one area. */
export type TeamImportanceRow = {
  id: string;
  name: string;
  critical: number;
  important: number;
  less: number;
  unmarked: number;
  /** The team's level (the median of the marks), as the row shows it; "Not marked" when none. */
  team: string;
  /** The team disagrees on what matters here (IMPORTANCE_SPLIT). */
  split: boolean;
};

export type TeamImportanceModel = {
  rows: TeamImportanceRow[];
  /** What to ask the room about an area it disagrees on; shown with each such finding. */
  prompt: ImportancePrompt | null;
};

/**
 * The journey's importance across the team: each area's tally, and the team's importance the
 * team's plan follows. Null, and no importance in the plan, when no leader marked any area.
 */
export function teamImportanceOf(
  team: TeamAggregate,
  prompt: ImportancePrompt | undefined,
  text: TeamText,
): { model: TeamImportanceModel | null; importance: ImportanceByArea | undefined } {
  const journey = team.byQuestionnaire.find((q) => q.kind === "stages");
  const areas = journey ? areaImportance(journey, team.leaders) : [];
  if (!anyMarked(areas)) return { model: null, importance: undefined };
  const rows = areas.map((a) => ({
    id: a.id,
    name: a.name,
    critical: a.critical.length,
    important: a.important.length,
    less: a.less.length,
    unmarked: a.unmarked,
    team: a.team ? text.team.importance[a.team] : text.team.notMarked,
    split: a.critical.length >= IMPORTANCE_SPLIT.critical && a.less.length >= IMPORTANCE_SPLIT.less,
  }));
  return { model: { rows, prompt: prompt ?? null }, importance: teamImportance(areas) };
}
