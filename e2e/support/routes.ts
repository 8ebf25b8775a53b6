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

/** A route's kind: every article is one kind, every tag page another, in each language. */
export const kindOf = (route: string) =>
  route
    .replace(/^((?:de|fr|es)\/)?articles\/tag\/[^/]+\/$/, "$1articles/tag/*")
    .replace(/^((?:de|fr|es)\/)?articles\/(?!tag\/)[^/]+\/$/, "$1articles/*");

/** One route of each kind, in the order given. */
export const oneOfEachKind = (routes: readonly string[]) =>
  routes.filter((r, i) => routes.findIndex((x) => kindOf(x) === kindOf(r)) === i);

/**
 * The routes a check of every page visits: each English page, and one page of each kind in each
 * translated language (the translations share every component with English; what differs is
 * their words, which one page a kind shows).
 */
export function routesToCheck(routes: readonly string[] = exportedRoutes()): string[] {
  return [...routes.filter((r) => !isTranslated(r)), ...oneOfEachKind(routes.filter(isTranslated))];
}
