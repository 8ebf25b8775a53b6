import { describe, expect, it } from "vitest";
import { QUADRANT_HEIGHT, quadrantLayout, stageX } from "./quadrant-geometry";

const area = (id: string, importance: "critical" | "important" | "less", score: number) => ({
  id,
  number: 1,
  importance,
  score,
  quadrant: "act-first" as const,
});

describe("quadrantLayout", () => {
  // Stage 1 at x 92 and stage 6 at 348: 256 across 5 stages, 51.2 a stage.
  it("places a score along the stages, and splits them between stages 3 and 4", () => {
    expect(stageX(1)).toBe(92);
    expect(stageX(6)).toBe(348);
    expect(quadrantLayout([]).splitX).toBeCloseTo(92 + 2.5 * 51.2);
  });

  it("steps crowded points on one row apart, each still in its own half and inside the drawing", () => {
    const layout = quadrantLayout([0, 1, 2, 3].map((i) => area(`c${i}`, "less", 2)));
    const ys = layout.points.map((p) => p.y);
    // Four areas at the same score: on the row, above it, below it, then two steps above.
    expect(new Set(ys).size).toBe(4);
    for (const p of layout.points) {
      expect(p.y).toBeGreaterThan(layout.splitY);
      expect(p.y).toBeLessThan(QUADRANT_HEIGHT);
    }
    const top = quadrantLayout([0, 1, 2, 3].map((i) => area(`c${i}`, "critical", 2)));
    for (const p of top.points) expect(p.y).toBeLessThan(top.splitY);
  });
});
