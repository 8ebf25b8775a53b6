import { describe, expect, it } from "vitest";
import { rotatedRounds } from "./rounds";

describe("rotatedRounds", () => {
  it("runs every side once a round, each first in turn", () => {
    expect(rotatedRounds(["ours", "baseline", "peer"], 4)).toEqual([
      ["ours", "baseline", "peer"],
      ["baseline", "peer", "ours"],
      ["peer", "ours", "baseline"],
      ["ours", "baseline", "peer"],
    ]);
  });

  it("alternates two sides, so drift over the run falls on both alike", () => {
    const firsts = rotatedRounds(["a", "b"], 6).map((round) => round[0]);
    expect(firsts).toEqual(["a", "b", "a", "b", "a", "b"]);
  });
});
