import type { Catalogue } from "../questionnaire/catalogue";
import { teamInputSteps, type TeamInputOptions, type TeamRead } from "./aggregate";
import { runInSlices } from "../shared/slices";
import type { TeamProgress } from "../team/types";

/** Progress after a slice, with how long that slice ran. */
export type SliceProgress = TeamProgress & { sliceMs: number };

export type ChunkOptions = TeamInputOptions & {
  onProgress?: (progress: SliceProgress) => void;
  signal?: AbortSignal;
};

/**
 * aggregateTeamInput in slices, yielding to the browser between them, so a large input never
 * freezes the page. Gives exactly what aggregateTeamInput gives: both run the same steps.
 */
export function aggregateTeamInChunks(
  text: string,
  catalogue: Catalogue,
  { onProgress, signal, ...input }: ChunkOptions = {},
): Promise<TeamRead> {
  return runInSlices(teamInputSteps(text, catalogue, input), {
    signal,
    // While links are still being admitted the total is not known yet (0): nothing to report.
    onSlice: (step, sliceMs) => {
      if (step && step.total > 0) onProgress?.({ done: step.done, total: step.total, sliceMs });
    },
  });
}
