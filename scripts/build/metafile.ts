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

/** The bundle's own files that `file` imports with `import()`, by their path in the metafile. */
export function dynamicImports(metafile: Metafile, file: string): string[] {
  return (metafile.outputs[file]?.imports ?? [])
    .filter((i) => i.kind === "dynamic-import" && !i.external)
    .map((i) => i.path);
}
