import { describe, expect, it } from "vitest";
import { fitRadius } from "./radar-fit";

const box = { width: 300, height: 300, gap: 8, margin: 4, maxShare: 0.7 };
const small = { width: 20, height: 14 };

describe("fitRadius", () => {
  it("uses the largest share when the labels are small", () => {
    // Four axes at 90, 0, −90 and 180 degrees: the right label needs (150 − 4 − 20) − 8 = 118,
    // the top (150 − 4 − 7) − 8 = 131; the share caps it at 0.7 × 150 = 105.
    expect(fitRadius({ ...box, labels: [small, small, small, small] })).toBeCloseTo(105);
  });

  it("shrinks the web so a long label on the right stays inside the box", () => {
    // Axis 1 of 4 points right (cos 0 → 1): 150 − 4 − 90 = 56 from the centre, less the gap: 48.
    const labels = [small, { width: 90, height: 14 }, small, small];
    expect(fitRadius({ ...box, labels })).toBeCloseTo(48);
  });

  it("lets a label at the top be wide, since it is centred on its axis", () => {
    const labels = [{ width: 260, height: 14 }, small, small, small];
    expect(fitRadius({ ...box, labels })).toBeCloseTo(105);
  });

  it("keeps a tall label at the top inside the box", () => {
    // Top label 100 high: (150 − 4 − 50) − 8 = 88, below the share's 105.
    const labels = [{ width: 40, height: 100 }, small, small, small];
    expect(fitRadius({ ...box, labels })).toBeCloseTo(150 - 4 - 50 - 8);
  });

  it("never goes below zero", () => {
    expect(fitRadius({ ...box, labels: [small, { width: 400, height: 14 }, small] })).toBe(0);
  });
});
