import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { englishLeaks, wordsOf, type EnglishText, type Leak, type LeakDictionary } from "../../lib/i18n/english-leaks";
import type { TranslatedLocale } from "../../lib/i18n/language-names";
import { KNOWN_ENGLISH_LEAKS, type KnownLeak } from "./known-english-leaks";
import { pageText } from "./page-text";

/** English found on one page, as the check lists it. */
export type PageLeaks = { page: string; leaks: Leak[] };

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );

/** How a text the English pages show is named: a leak found only there names its page. */
export const ENGLISH_PAGE = "the English page ";

/**
 * What the English pages of an export show, each segment named by its page: words written in
 * components rather than messages ("The blunder" in an article's callout) are found this way.
 * Articles' bodies are among them: a translated article that quotes its English is its own text.
 */
export function englishPageTexts(out: string): EnglishText[] {
  const translated = new Set(["de", "fr", "es"].map((l) => join(out, l)));
  const files = readdirSync(out, { withFileTypes: true }).flatMap((e) =>
    !e.isDirectory()
      ? e.name === "index.html"
        ? [join(out, e.name)]
        : []
      : translated.has(join(out, e.name))
        ? []
        : htmlFiles(join(out, e.name)),
  );
  return files.flatMap((f) => {
    const page = `/${relative(out, f).replace(/index\.html$/, "")}`;
    // A segment with a figure is data (a date, a count, a source's year), the same in every language.
    return pageText(readFileSync(f, "utf8"), { english: true })
      .filter((text) => !/\d/.test(text))
      .map((text) => ({ text, from: `${ENGLISH_PAGE}${page}` }));
  });
}

/** A leak's phrase as the allowlist writes it: its words, lowercased, so punctuation never decides. */
const phraseKey = (phrase: string) => wordsOf(phrase.toLowerCase()).join(" ");

/** Whether the allowlist names this leak on this page. */
export const isKnown = (known: readonly KnownLeak[], page: string, leak: Leak) =>
  known.some(
    (k) =>
      (k.phrase === undefined || phraseKey(k.phrase) === phraseKey(leak.phrase)) &&
      (k.from === undefined || leak.from.some((f) => k.from?.test(f))) &&
      (k.pages === undefined || k.pages.test(page)),
  );

/**
 * Every page of a language in an export, with the English it shows. The 404 page is read for
 * every language: one 404.html answers every address, /de/… ones too.
 */
export function leaksInExport(out: string, locale: TranslatedLocale, dictionary: LeakDictionary): PageLeaks[] {
  const pages = [...htmlFiles(join(out, locale)), join(out, "404.html")];
  return pages.flatMap((file) => {
    const leaks = englishLeaks(pageText(readFileSync(file, "utf8")), dictionary);
    const page = `/${relative(out, file).replace(/index\.html$/, "")}`;
    return leaks.length > 0 ? [{ page: file.endsWith("404.html") ? `${page} (as /${locale}/…)` : page, leaks }] : [];
  });
}

/** The leaks the allowlist does not name, page by page; pages with none left out. */
export function newLeaks(found: PageLeaks[], known: readonly KnownLeak[] = KNOWN_ENGLISH_LEAKS): PageLeaks[] {
  return found
    .map(({ page, leaks }) => ({ page, leaks: leaks.filter((l) => !isKnown(known, page, l)) }))
    .filter((p) => p.leaks.length > 0);
}

/** Allowlist entries for the built pages that no page shows any more: fixed, so they must go. */
export function staleEntries(found: PageLeaks[], known: readonly KnownLeak[] = KNOWN_ENGLISH_LEAKS): KnownLeak[] {
  return known.filter(
    (k) => k.seen === "build" && !found.some(({ page, leaks }) => leaks.some((l) => isKnown([k], page, l))),
  );
}

/**
 * Allowlist entries for the browser that a walk passed without meeting: entries whose pages
 * match a state the walk read (`visited`, as "/de/team/ (team view)"), yet no leak found there.
 */
export function staleBrowserEntries(
  found: PageLeaks[],
  visited: string[],
  known: readonly KnownLeak[] = KNOWN_ENGLISH_LEAKS,
): KnownLeak[] {
  return known.filter(
    (k) =>
      k.seen === "browser" &&
      visited.some((state) => k.pages === undefined || k.pages.test(state)) &&
      !found.some(({ page, leaks }) => leaks.some((l) => isKnown([k], page, l))),
  );
}

/** Where a leak comes from, in a line: its messages and content files, else the first English page showing it. */
function sourcesOf(from: string[]): string {
  const files = from.filter((f) => !f.startsWith(ENGLISH_PAGE));
  const pages = from.length - files.length;
  if (files.length > 0) return files.join("; ");
  return pages > 1 ? `${from[0]} and ${pages - 1} more` : (from[0] ?? "");
}

/** A readable list: page, then each phrase with the texts it comes from. */
export const describeLeaks = (pages: PageLeaks[]) =>
  pages
    .map(({ page, leaks }) => [page, ...leaks.map((l) => `  “${l.phrase}” (${sourcesOf(l.from)})`)].join("\n"))
    .join("\n");
