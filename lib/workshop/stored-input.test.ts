import { describe, expect, it } from "vitest";
import { otherTabChange, readStoredInput, writeStoredInput } from "./stored-input";
import { teamText } from "../../test/team-text";

describe("the team view's input kept in this browser", () => {
  it("reads back what was written", () => {
    expect(readStoredInput(writeStoredInput("#v=2&x\n#v=2&y", "https://x.org/join/#i=1.a.b"))).toEqual({
      format: 1,
      text: "#v=2&x\n#v=2&y",
      invitation: "https://x.org/join/#i=1.a.b",
    });
  });

  it("reads back the texts held beside the box, and a value kept before there were any as holding none", () => {
    const raw = writeStoredInput("#v=2&x", "", [{ name: "leaders.csv", text: "#v=2&y\n#v=2&z" }]);
    expect(readStoredInput(raw)?.held).toEqual([{ name: "leaders.csv", text: "#v=2&y\n#v=2&z" }]);
    expect(readStoredInput('{"format":1,"text":"#v=2&x","invitation":""}')?.held).toBeUndefined();
    expect(otherTabChange(writeStoredInput("#v=2&x", ""), raw, teamText())).toMatch(/it now holds 3 lines/);
  });

  it.each([null, undefined, "", "not json", "[]", '{"format":2,"text":"x","invitation":""}', '{"format":1}'])(
    "gives nothing for %j",
    (raw) => {
      expect(readStoredInput(raw)).toBeNull();
    },
  );
});

describe("another tab of the team view", () => {
  const mine = writeStoredInput("#v=2&x", "");
  const theirs = writeStoredInput("#v=2&y\n#v=2&z", "");

  it("is noticed when it changes what this browser keeps", () => {
    expect(otherTabChange(mine, theirs, teamText())).toBe(
      "Another tab of the team view changed the list kept in this browser (it now holds 2 lines). This tab still shows its own; what you type or paste here is kept instead of the other tab's. Reload this page to take the other tab's list.",
    );
    expect(otherTabChange(mine, null, teamText())).toBe(
      "Another tab of the team view cleared the list kept in this browser. This tab still shows its own; what you type or paste here is kept again.",
    );
  });

  it("is not noticed when nothing changed", () => {
    expect(otherTabChange(mine, mine, teamText())).toBeNull();
  });
});
