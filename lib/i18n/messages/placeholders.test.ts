import { describe, expect, it } from "vitest";
import { LOCALES } from "../locales";
import { messagesFor } from "./index";

const PLACEHOLDER = /\{([a-zA-Z]\w*)\}/g;

/** Every string in a module, by its path of keys ("results.plan.title", "common.leaders.other"). */
function strings(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) strings(inner, path ? `${path}.${key}` : key, out);
  return out;
}

const names = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))].sort().join(", ");
/** A plural's forms share the placeholders of its `other` form. */
const pluralOwner = (path: string) => path.replace(/\.(zero|one|two|few|many|other)$/, ".other");

describe("every language's messages", () => {
  const english = strings(messagesFor("en"), "", new Map());
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: holds the placeholders English holds, message by message`, () => {
      const translated = strings(messagesFor(locale), "", new Map());
      const wrong = [...translated].flatMap(([path, text]) => {
        const source = english.get(path) ?? english.get(pluralOwner(path));
        if (source === undefined) return [`${path}: not in English`];
        return names(text) === names(source) ? [] : [`${path}: {${names(text)}} ≠ {${names(source)}}`];
      });
      expect(wrong).toEqual([]);
    });
  }
  it("fails on a message whose placeholders drift (the check itself)", () => {
    expect(names("{n} of {max}")).toBe("max, n");
    expect(names("{n} of")).not.toEqual(names("{n} of {max}"));
  });
});
