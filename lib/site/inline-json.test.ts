import { describe, expect, it } from "vitest";
import { inlineJson } from "./inline-json";

describe("inlineJson", () => {
  it("cannot close the script element, and still parses back to the same data", () => {
    const hostile = { headline: "</script><script>alert(1)</script> & <!-- \u2028" };
    const text = inlineJson(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
