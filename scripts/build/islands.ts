import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Where the bundles go, under the site's root: /_islands/<name>-<hash>.js. */
export const ISLANDS_DIR = "_islands";

/** Each island's entry script and the chunks it imports at once, by island name, as paths from the site's root. */
export type IslandManifest = Map<string, { file: string; imports: string[] }>;

/**
 * Bundles every island (components/islands/<name>.tsx) for the browser: React, the island's
 * components and lib, minified, as ES modules that share their common chunks (React among
 * them) and load recharts and the QR code only when asked. esbuild does this in well under a
 * second, where a second Next build would take a minute.
 */
export async function buildIslands(out: string, basePath: string): Promise<IslandManifest> {
  const dir = join("components", "islands");
  const entryPoints = readdirSync(dir)
    .filter((name) => name.endsWith(".tsx") && name !== "mount.tsx")
    .map((name) => join(dir, name));
  const outdir = join(out, ISLANDS_DIR);
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2022",
    jsx: "automatic",
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    define: {
      "process.env.NODE_ENV": '"production"',
      "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
    },
  });
  const fromRoot = (file: string) => `/${relative(out, file).split("\\").join("/")}`;
  const manifest: IslandManifest = new Map();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = output.entryPoint?.match(/([\w-]+)\.tsx$/)?.[1];
    // Static imports are needed before the island can start: the page preloads them with it.
    const imports = output.imports.filter((i) => i.kind === "import-statement").map((i) => fromRoot(i.path));
    if (name) manifest.set(name, { file: fromRoot(file), imports });
  }
  return manifest;
}
