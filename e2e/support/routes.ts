import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every page of the static export, as a path relative to the site root ("", "articles/", …). */
export function exportedRoutes(dir = process.env.OUT_DIR ?? "out"): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      if (statSync(path).isDirectory()) return name === "_next" ? [] : walk(path);
      return name === "index.html" ? [relative(dir, d).split(sep).join("/")] : [];
    });
  return walk(dir)
    .map((r) => (r ? `${r}/` : ""))
    .sort();
}

const TRANSLATED = /^(de|fr|es)\//;

/** A route under /de/, /fr/ or /es/. */
export const isTranslated = (route: string) => TRANSLATED.test(route);

/** The English route a translated one translates: "de/journey/" → "journey/". */
export const inEnglish = (route: string) => route.replace(TRANSLATED, "");

/** A route's kind: every article is one kind, every tag page another, in each language. */
export const kindOf = (route: string) =>
  route
    .replace(/^((?:de|fr|es)\/)?articles\/tag\/[^/]+\/$/, "$1articles/tag/*")
    .replace(/^((?:de|fr|es)\/)?articles\/(?!tag\/)[^/]+\/$/, "$1articles/*");

/** One route of each kind, in the order given. */
export const oneOfEachKind = (routes: readonly string[]) =>
  routes.filter((r, i) => routes.findIndex((x) => kindOf(x) === kindOf(r)) === i);

/**
 * The routes a check of every page visits: each English page; one page of each kind in German
 * (the translations share every component with English, and German runs longest: what differs
 * is the words, which one page a kind shows); and the French and Spanish home pages. A check of
 * every page in every language would cost the suite a minute a language and find nothing more.
 */
export function routesToCheck(routes: readonly string[] = exportedRoutes()): string[] {
  return [
    ...routes.filter((r) => !isTranslated(r)),
    ...oneOfEachKind(routes.filter((r) => r.startsWith("de/"))),
    ...routes.filter((r) => r === "fr/" || r === "es/"),
  ];
}
