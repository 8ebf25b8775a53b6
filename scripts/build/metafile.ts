import type { Metafile } from "esbuild";

/**
 * What `file` imports at once, directly or through another: the bundle's own files, by their
 * path in the metafile, and the files outside it (shared React), as imported ("./react-X.js").
 * A page preloads all of it with an island, and shared React's files with theirs.
 */
export function staticImports(
  metafile: Metafile,
  file: string,
  found = { own: new Set<string>(), outside: new Set<string>() },
) {
  for (const i of metafile.outputs[file]?.imports ?? []) {
    if (i.kind !== "import-statement") continue;
    if (i.external) found.outside.add(i.path);
    else if (!found.own.has(i.path)) {
      found.own.add(i.path);
      staticImports(metafile, i.path, found);
    }
  }
  return found;
}
