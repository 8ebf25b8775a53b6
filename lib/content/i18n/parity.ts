/**
 * Checks that a translation holds exactly the items of its English source: the rules every
 * translated content file follows (docs/decisions/0016-translations-by-id.md).
 */

/** The line for an item or field the English has and the translation lacks. */
export const missingLine = (path: string, englishFile: string, language: string) =>
  `${path}: missing: ${englishFile} has it, so the ${language} needs it too`;

/** The line for an item or field the translation adds. */
export const addedLine = (path: string, englishFile: string) =>
  `${path}: not in ${englishFile}: remove it, or add it to the English first`;

/** Items of the English list that the translation lacks, and keys the translation adds. */
export function missingOrExtra(
  path: string,
  english: readonly { id: string }[],
  translated: Readonly<Record<string, unknown>>,
  englishFile: string,
  language: string,
): string[] {
  const ids = new Set(english.map((e) => e.id));
  return [
    ...english.filter((e) => !(e.id in translated)).map((e) => missingLine(`${path}.${e.id}`, englishFile, language)),
    ...Object.keys(translated)
      .filter((key) => !ids.has(key))
      .map((key) => addedLine(`${path}.${key}`, englishFile)),
  ];
}

const PLACEHOLDER = /\{[a-zA-Z][\w]*\}/g;

/** The `{name}` placeholders a text holds, sorted, each as often as it appears. */
export const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).sort();

/** A line when the translation's placeholders differ from the English's: they are filled in by code. */
export function placeholderProblems(path: string, english: string, translated: string): string[] {
  const [en, tr] = [placeholdersOf(english), placeholdersOf(translated)];
  if (en.join() === tr.join()) return [];
  return [
    `${path}: placeholders ${tr.join(", ") || "none"} where the English has ${en.join(", ") || "none"}: keep each one exactly`,
  ];
}

/**
 * One text of the English and its translation, either of them absent where the file has none:
 * missing, added, or with other placeholders. Empty when they match.
 */
export function textProblems(
  path: string,
  english: string | undefined,
  translated: string | undefined,
  englishFile: string,
  language: string,
): string[] {
  if (english !== undefined && translated === undefined) return [missingLine(path, englishFile, language)];
  if (english === undefined && translated !== undefined) return [addedLine(path, englishFile)];
  if (english !== undefined && translated !== undefined) return placeholderProblems(path, english, translated);
  return [];
}

/** A line when `source.file` names another English file than the one this file's place translates. */
export function sourceProblems(named: string, expected: string): string[] {
  if (named === expected) return [];
  return [
    `source.file: names ${named}, but a file here translates ${expected}: name ${expected}, or move the file to where ${named}'s translation lives`,
  ];
}
