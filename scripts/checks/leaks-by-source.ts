import { ENGLISH_PAGE, type PageLeaks } from "./english-leaks";

/**
 * Where a leak is written, as one name: its message or content files (without the key), else
 * "written in code" with the first English page that shows it. Whoever fixes a file sees, in
 * one place, every phrase and page it leaks to.
 */
function sourceOf(from: string[]): string {
  const files = [...new Set(from.filter((f) => !f.startsWith(ENGLISH_PAGE)).map((f) => f.replace(/: .*$/, "")))];
  if (files.length > 0) return files.join(" + ");
  return `written in code, as ${from[0] ?? "?"} shows it`;
}

/** The pages' addresses as a short count per language, with the first as an example. */
function pagesIn(pages: string[]): string {
  const count = (locale: string) => pages.filter((p) => p.startsWith(`/${locale}/`)).length;
  const languages = ["de", "fr", "es"].map((l) => `${l} ${count(l)}`).join(", ");
  return `${pages.length} page${pages.length === 1 ? "" : "s"} (${languages}), e.g. ${pages[0] ?? ""}`;
}

/** The leaks regrouped by where they are written: source, then each phrase with the pages showing it. */
export function describeBySource(found: PageLeaks[]): string {
  const bySource = new Map<string, Map<string, string[]>>();
  for (const { page, leaks } of found)
    for (const leak of leaks) {
      const source = sourceOf(leak.from);
      const phrases = bySource.get(source) ?? new Map<string, string[]>();
      phrases.set(leak.phrase, [...(phrases.get(leak.phrase) ?? []), page]);
      bySource.set(source, phrases);
    }
  return [...bySource]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, phrases]) =>
      [source, ...[...phrases].map(([phrase, pages]) => `  “${phrase}”: ${pagesIn(pages)}`)].join("\n"),
    )
    .join("\n");
}
