/**
 * Checks that a translation holds exactly the items of its English source: the rules every
 * translated content file follows (docs/decisions/0016-translations-by-id.md).
 */

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
    ...english
      .filter((e) => !(e.id in translated))
      .map((e) => `${path}.${e.id}: missing: ${englishFile} has it, so the ${language} needs it too`),
    ...Object.keys(translated)
      .filter((key) => !ids.has(key))
      .map((key) => `${path}.${key}: not in ${englishFile}: remove it, or add it to the English first`),
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
