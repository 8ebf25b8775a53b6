import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

/**
 * A site path with the base path in front, for plain `<a>` and `<img>`. The header, footer and
 * question flow use plain links rather than next/link: the pages they lead to are static HTML
 * that loads in one request, and next/link serves the client-side navigation of Next's
 * runtime, which no page loads (docs/decisions/0001-islands.md). Before the islands it cost 3 KB,
 * and prefetched other routes' code, on every page that ran Next's scripts.
 */
export function withBasePath(path: string): string {
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${path}`;
}

/**
 * A page of the site in the reader's language, as an address to open: "/results/#r=…" in German
 * is "<base>/de/results/#r=…", in English "<base>/results/#r=…" as before there were languages.
 * Every link an island builds goes through it, so a German reader never lands on an English page.
 */
export function pageHref(locale: Locale, path: string): string {
  return withBasePath(localePath(locale, path));
}
