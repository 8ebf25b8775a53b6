import { addedLine, missingLine, placeholderProblems } from "./parity";

/**
 * A content file's text in the shape its translation takes: sections keyed by id down to the
 * texts, nothing else (no stages, bands, articles or sources). A field the English lacks is
 * absent or undefined. Built from the English, it is what a complete translation must hold.
 */
export type TextTree = string | { readonly [key: string]: TextTree | undefined };

/** Where a problem is reported, and in whose words. */
export type ParityContext = { englishFile: string; language: string };

const hasText = (tree: TextTree | undefined): boolean =>
  typeof tree === "string" || (tree !== undefined && Object.values(tree).some(hasText));

const entriesOf = (value: unknown): Map<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? new Map(Object.entries(value)) : undefined;

function compare(path: string, english: TextTree | undefined, translated: unknown, at: ParityContext): string[] {
  const join = (key: string) => (path ? `${path}.${key}` : key);
  // A section with no text to translate (a source without a note) may be left out.
  if (translated === undefined) return hasText(english) ? [missingLine(path, at.englishFile, at.language)] : [];
  if (english === undefined) return [addedLine(path, at.englishFile)];
  if (typeof english === "string")
    return typeof translated === "string"
      ? placeholderProblems(path, english, translated)
      : [`${path}: must be text, as in ${at.englishFile}`];
  const entries = entriesOf(translated);
  if (!entries) return [`${path}: must be a section keyed as in ${at.englishFile}`];
  return [
    ...Object.entries(english).flatMap(([key, en]) => compare(join(key), en, entries.get(key), at)),
    ...[...entries.keys()]
      .filter((key) => !(key in english) && !(path === "" && key === "source"))
      .map((key) => addedLine(join(key), at.englishFile)),
  ];
}

/**
 * Every way a translation's texts fail to match the English's, one line each, naming the place
 * ("steps.leadership:1-2.why") and what to do: an item or field missing, one added, placeholders
 * changed. The translation's `source` is checked apart. Empty when it matches.
 */
export function treeParity(english: TextTree, translated: unknown, at: ParityContext): string[] {
  return compare("", english, translated, at);
}
