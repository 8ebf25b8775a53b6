import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir } from "./paths";

/**
 * Wording that hides who said something: a claim names its source from
 * content/sources.yaml or is said as ours. Whole words only, so "a poster" or "a posting
 * schedule" pass while "a post" does not.
 */
const HIDDEN_CREDIT = [
  "the blogger",
  "the source blog",
  "a post",
  "a 2014 post",
  "title not recorded",
  "name not recorded",
  "not recorded",
  "unattributed",
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every phrase from the list in the text, as whole words, case ignored. */
export function hiddenCredits(text: string): string[] {
  return HIDDEN_CREDIT.filter((phrase) => new RegExp(`(^|[^\\p{L}])${phrase}($|[^\\p{L}])`, "iu").test(text));
}

describe("credit wording", () => {
  it("catches the phrases as whole words only", () => {
    expect(hiddenCredits("As the blogger notes, a post from 2014")).toEqual(["the blogger", "a post"]);
    expect(hiddenCredits("Unattributed (2009)")).toEqual(["unattributed"]);
    expect(hiddenCredits("Not a poster campaign, nor a posting schedule")).toEqual([]);
  });

  it("appears nowhere in content/", () => {
    const root = contentDir();
    const found = files(root).flatMap((file) => {
      const lines = readFileSync(file, "utf8").split("\n");
      return lines.flatMap((line, i) =>
        hiddenCredits(line).map((phrase) => `${relative(root, file)}:${i + 1}: "${phrase}"`),
      );
    });
    expect(found).toEqual([]);
  });
});
