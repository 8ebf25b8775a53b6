import { readFileSync, writeFileSync } from "node:fs";

/**
 * A stylesheet as Turbopack writes it, minified module by module with a newline between
 * modules, joined into one line. Splitting the stylesheets by section made 21 modules, and
 * each newline broke a run gzip would have matched: 7,816 bytes gzipped against 7,763 joined.
 * A newline is never needed in minified CSS: lightningcss writes one inside a string as `\a`.
 */
export function joinCssModules(css: string): string {
  return css.replace(/\}\n+/g, "}");
}

/** Joins each stylesheet's modules in place. */
export function joinStylesheets(files: readonly string[]): void {
  for (const file of files) writeFileSync(file, joinCssModules(readFileSync(file, "utf8")));
}
