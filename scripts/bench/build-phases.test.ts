import { describe, expect, it } from "vitest";
import { buildPhases, describePhases } from "./build-phases";

// Lines as Next 16.4 prints them (trimmed from a real `npm run build`).
const LOG = `✓ Compiled successfully in 7.7s
  Running TypeScript ...
  Finished TypeScript in 850ms ...
  Generating static pages using 1 worker (34/46)
✓ Generating static pages using 1 worker (46/46) in 1.5min
  Finalizing page optimization ...`;

describe("buildPhases", () => {
  it("reads each phase in ms, whatever unit Next printed", () => {
    expect(buildPhases(LOG)).toEqual({ compileMs: 7700, typesMs: 850, pagesMs: 90_000 });
  });

  it("leaves a phase the log does not mention as null", () => {
    expect(buildPhases("✓ Compiled successfully in 2s")).toEqual({ compileMs: 2000, typesMs: null, pagesMs: null });
  });

  it("describes only the phases it knows", () => {
    expect(describePhases({ compileMs: 7700, typesMs: null, pagesMs: 90_000 })).toBe("compile 7.7 s, pages 90.0 s");
  });
});
