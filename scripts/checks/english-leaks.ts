import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { englishLeaks, wordsOf, type Leak, type LeakDictionary } from "../../lib/i18n/english-leaks";
import type { TranslatedLocale } from "../../lib/i18n/language-names";
import { KNOWN_ENGLISH_LEAKS, type KnownLeak } from "./known-english-leaks";
import { pageText } from "./page-text";

/** English found on one page, as the check lists it. */
export type PageLeaks = { page: string; leaks: Leak[] };

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );

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

/** A readable list: page, then each phrase with the texts it comes from. */
export const describeLeaks = (pages: PageLeaks[]) =>
  pages
    .map(({ page, leaks }) => [page, ...leaks.map((l) => `  “${l.phrase}” (${l.from.join("; ")})`)].join("\n"))
    .join("\n");
