import { withBasePath } from "./base-path";

/**
 * A Web Worker running the script the build bundled at `path` (scripts/build/islands.ts,
 * WORKERS), or null where there is none to start: no path (`next dev`, tests), a browser
 * without workers, or one that refuses this one. Callers then do the work on the page.
 */
export function startWorker(path: string | undefined): Worker | null {
  if (!path || typeof Worker === "undefined") return null;
  try {
    return new Worker(withBasePath(path));
  } catch {
    return null;
  }
}
