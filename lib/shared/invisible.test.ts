import { describe, expect, it } from "vitest";
import { cutAtGraphemes, forDisplay, withoutBidi } from "./invisible";

describe("text shown from outside", () => {
  it("never shows bidi controls", () => {
    expect(withoutBidi("Finance \u202Egpj.exe\u202C \u2067x\u2069")).toBe("Finance gpj.exe x");
    expect(forDisplay("\u202Ejourney")).toBe("journey");
  });

  it("cuts between whole characters, never inside an emoji or an accented letter", () => {
    const family = "👨‍👩‍👧‍👦";
    expect(cutAtGraphemes(`${"a".repeat(75)}${family}`, 80)).toBe("a".repeat(75));
    expect(cutAtGraphemes(`${"a".repeat(79)}😀`, 80)).toBe("a".repeat(79));
    expect(cutAtGraphemes("ae\u0301", 2)).toBe("a");
    expect(forDisplay(`${"a".repeat(78)}😀😀`, 80)).toBe(`${"a".repeat(78)}…`);
    expect(forDisplay("short")).toBe("short");
  });
});
