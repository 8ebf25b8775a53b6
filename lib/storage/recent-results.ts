import { encodeCompareFragment } from "../compare/compare-link";
import { flowLink } from "../link/flow-links";
import { DateSchema } from "../questionnaire/ids";
import type { HistoryEntry } from "./history";

/** A saved result as the "Your latest results" panel offers it: when, and where it leads. */
export type RecentResult = {
  questionnaireIds: string[];
  /** The day it was finished, when the stored time says so plainly. */
  date?: string;
  /** Paths without the base path. */
  open: string;
  /** One retake per assessment in it, in its order. */
  retake: { questionnaireId: string; path: string }[];
  /** The compare page with this result as the earlier one, for the leader to add a later one. */
  compare: string;
};

/**
 * The newest saved result for each assessment, newest first: an entry is kept only when it
 * holds an assessment no newer entry holds, so a combined result hides the single results it
 * was made from, and a retake hides the result it retook.
 */
export function recentResults(history: readonly HistoryEntry[]): RecentResult[] {
  const covered = new Set<string>();
  const recent: RecentResult[] = [];
  for (const entry of history) {
    if (entry.questionnaireIds.every((id) => covered.has(id))) continue;
    for (const id of entry.questionnaireIds) covered.add(id);
    const date = DateSchema.safeParse(entry.savedAt.slice(0, 10)).data;
    recent.push({
      questionnaireIds: entry.questionnaireIds,
      ...(date && { date }),
      open: `/results/#${entry.fragment}`,
      retake: entry.questionnaireIds.map((id) => ({
        questionnaireId: id,
        path: flowLink(id, "retake", entry.fragment),
      })),
      compare: `/compare/#${encodeCompareFragment(entry.fragment, "")}`,
    });
  }
  return recent;
}
