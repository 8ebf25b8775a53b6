/**
 * Work written as generators can run in one go (tests, Node) or in slices between which the
 * browser stays responsive (runInSlices, below). This runs it in one go.
 */
export function drain<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

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
