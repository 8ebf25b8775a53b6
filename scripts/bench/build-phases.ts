/** Where a `next build` spent its time, read from its own output; null when it did not say. */
export type BuildPhases = { compileMs: number | null; typesMs: number | null; pagesMs: number | null };

const PATTERNS = {
  compileMs: /Compiled successfully in ([\d.]+)(ms|s|min)\b/,
  typesMs: /Finished TypeScript in ([\d.]+)(ms|s|min)\b/,
  pagesMs: /Generating static pages[^\n]*\) in ([\d.]+)(ms|s|min)\b/,
} as const;

const UNIT_MS = { ms: 1, s: 1000, min: 60_000 } as const;

function duration(log: string, pattern: RegExp): number | null {
  const match = pattern.exec(log);
  const unit = match?.[2];
  if (!match || (unit !== "ms" && unit !== "s" && unit !== "min")) return null;
  return Number(match[1]) * UNIT_MS[unit];
}

/**
 * Splits a build into compiling, type checking and generating pages, so the cost of more
 * articles can be traced to the phase that grows. Next prints these lines itself.
 */
export function buildPhases(log: string): BuildPhases {
  return {
    compileMs: duration(log, PATTERNS.compileMs),
    typesMs: duration(log, PATTERNS.typesMs),
    pagesMs: duration(log, PATTERNS.pagesMs),
  };
}

/** "compile 7.7 s, types 15.0 s, pages 10.4 s", leaving out what the build did not report. */
export function describePhases(phases: BuildPhases): string {
  const parts = [
    ["compile", phases.compileMs],
    ["types", phases.typesMs],
    ["pages", phases.pagesMs],
  ] as const;
  return parts.flatMap(([name, ms]) => (ms === null ? [] : [`${name} ${(ms / 1000).toFixed(1)} s`])).join(", ");
}
