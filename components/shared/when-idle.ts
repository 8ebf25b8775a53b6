/**
 * Runs `task` when the browser is next idle, or after `timeout` ms at the latest, and returns
 * a function that cancels it. Safari has no requestIdleCallback, so it gets a short timer.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, Math.min(timeout, 200));
  return () => window.clearTimeout(handle);
}
