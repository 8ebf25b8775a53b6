import { describe, expect, it } from "vitest";
import { readStoredInput, writeStoredInput } from "./stored-input";

describe("the team view's input kept in this browser", () => {
  it("reads back what was written", () => {
    expect(readStoredInput(writeStoredInput("#v=2&x\n#v=2&y", "https://x.org/join/#i=1.a.b"))).toEqual({
      format: 1,
      text: "#v=2&x\n#v=2&y",
      invitation: "https://x.org/join/#i=1.a.b",
    });
  });

  it.each([null, undefined, "", "not json", "[]", '{"format":2,"text":"x","invitation":""}', '{"format":1}'])(
    "gives nothing for %j",
    (raw) => {
      expect(readStoredInput(raw)).toBeNull();
    },
  );
});
