import { describe, expect, it } from "vitest";
import { once } from "./once";

describe("once", () => {
  it("makes the value on first use only, and keeps it, even when it is undefined", () => {
    let made = 0;
    const value = once(() => {
      made += 1;
      return made === 1 ? undefined : "again";
    });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });
});
