import { describe, expect, it } from "vitest";
import { rankTestP } from "./rank-test";

describe("rankTestP: the one-sided Mann–Whitney test", () => {
  it("gives 1 / 252 when every one of five runs is above every one of five others", () => {
    // C(10, 5) = 252 ways to deal ten runs into two sides of five; only one puts all five on top.
    expect(rankTestP([10, 11, 12, 13, 14], [1, 2, 3, 4, 5])).toBeCloseTo(1 / 252, 10);
  });

  it("gives 1 when the supposedly worse side is entirely below", () => {
    expect(rankTestP([1, 2, 3, 4, 5], [10, 11, 12, 13, 14])).toBe(1);
  });

  it("gives about one half for runs that interleave", () => {
    const p = rankTestP([1, 4, 5, 8, 9], [2, 3, 6, 7, 10]);
    expect(p).toBeGreaterThan(0.3);
    expect(p).toBeLessThan(0.7);
  });

  it("counts ties half, so identical runs are no evidence either way", () => {
    expect(rankTestP([5, 5, 5], [5, 5, 5])).toBe(1);
  });

  it("agrees with the normal approximation where the exact count would be too long", () => {
    const worse = Array.from({ length: 15 }, (_, i) => 100 + i);
    const better = Array.from({ length: 15 }, (_, i) => 50 + i);
    expect(rankTestP(worse, better)).toBeLessThan(1e-5);
    expect(rankTestP(better, worse)).toBeGreaterThan(0.99);
  });
});
