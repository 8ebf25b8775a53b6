import { describe, expect, it } from "vitest";
import {
  estimateEm,
  LABEL_FONT,
  LABEL_LINE,
  RADAR_HEIGHT,
  RADAR_WIDTH,
  radarLayout,
  wrapLabel,
} from "./radar-geometry";

const names = [
  "Leadership alignment",
  "Structure and collaboration",
  "Accountability for the customer",
  "Customer insight and measurement",
  "Touch-points and experience",
  "People and culture",
  "Processes and policies",
];
const axes = names.map((label, i) => ({ id: `a${i}`, label }));
const layout = radarLayout({
  axes,
  series: [{ name: "Now", tone: "primary", values: { a0: 6, a1: 3, a2: null } }],
  max: 6,
  ticks: [1, 2, 3, 4, 5, 6],
});

describe("radarLayout", () => {
  it("keeps every label of the journey's seven areas inside the box", () => {
    for (const label of layout.labels) {
      const width = Math.max(...label.lines.map((l) => estimateEm(l) * LABEL_FONT));
      const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width).toBeLessThanOrEqual(RADAR_WIDTH);
      expect(label.y - LABEL_FONT).toBeGreaterThanOrEqual(0);
      expect(label.y + (label.lines.length - 1) * LABEL_LINE).toBeLessThanOrEqual(RADAR_HEIGHT);
    }
  });

  it("puts the first axis straight up, at the full radius for the top of the scale", () => {
    const { centre, radius, shapes } = layout;
    expect(shapes[0]?.dots[0]).toMatchObject({ axis: "a0", x: centre.x, y: Math.round((centre.y - radius) * 10) / 10 });
    // Halfway up the scale is halfway out; an area without a score sits at the centre.
    const half = shapes[0]!.dots[1]!;
    expect(Math.hypot(half.x - centre.x, half.y - centre.y)).toBeCloseTo(radius / 2, 0);
    expect(shapes[0]?.dots[2]).toMatchObject({ x: centre.x, y: centre.y });
  });

  it("draws a ring for every tick and a spoke for every axis", () => {
    expect(layout.grid).toHaveLength(6);
    expect(layout.spokes).toHaveLength(7);
    expect(layout.tickLabels.map((t) => t.text)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });
});

describe("wrapLabel", () => {
  it("splits long names into lines of about 14 characters", () => {
    expect(wrapLabel("Customer insight and measurement")).toEqual(["Customer", "insight and", "measurement"]);
    expect(wrapLabel("People and culture")).toEqual(["People and", "culture"]);
  });
});
