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
