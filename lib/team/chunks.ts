import type { Catalogue } from "../questionnaire/catalogue";
import { teamInputSteps, type TeamInputOptions, type TeamRead } from "./aggregate";
import type { TeamProgress } from "./types";

/**
 * Work done between pauses: one frame at 60 Hz, so typing, scrolling and the progress text keep
 * up, and far inside the 50 ms after which a task counts as long and the page feels frozen.
 */
export const SLICE_MS = 16;

type Yielding = { yield: () => Promise<unknown> };

function canYield(scheduler: unknown): scheduler is Yielding {
  return (
    typeof scheduler === "object" && scheduler !== null && "yield" in scheduler && typeof scheduler.yield === "function"
  );
}

/**
 * Lets the browser handle input and paint before the next slice. scheduler.yield resumes ahead
 * of other tasks where a browser has it; a timeout is the fallback everywhere (and in Node).
 */
export function nextTask(): Promise<unknown> {
  const scheduler: unknown = Reflect.get(globalThis, "scheduler");
  return canYield(scheduler) ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export type SliceOptions<P> = {
  /** Called after each slice with the last step's value and how long the slice ran. */
  onSlice?: (step: P | undefined, sliceMs: number) => void;
  /** Aborting rejects the promise with the signal's reason. */
  signal?: AbortSignal;
};

/** Runs work written as a generator in slices of about SLICE_MS, pausing between them. */
export async function runInSlices<P, T>(
  steps: Generator<P, T, undefined>,
  { onSlice, signal }: SliceOptions<P> = {},
): Promise<T> {
  signal?.throwIfAborted();
  let last: P | undefined;
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onSlice?.(last, performance.now() - sliceStart);
      return step.value;
    }
    last = step.value;
    const sliceMs = performance.now() - sliceStart;
    if (sliceMs >= SLICE_MS) {
      onSlice?.(last, sliceMs);
      await nextTask();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

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
