import { build } from "esbuild";
import { join, relative } from "node:path";
import { islandEntries, type IslandStart } from "./island-entries";
import { registeredIslands } from "./island-registry";
import { dynamicImports, staticImports } from "./metafile";
import { buildReact, sharedReactPlugin } from "./shared-react";

/** Where the bundles go, under the site's root: /_islands/<name>-<hash>.js. */
export const ISLANDS_DIR = "_islands";

/**
 * Each island's entry script, the chunks it imports at once, and for an island started on use,
 * the files its first use loads (`later`), by island name, as paths from the site's root.
 */
export type IslandManifest = Map<string, { file: string; imports: string[]; later: string[] }>;

/**
 * Web Workers the islands start, each bundled on its own as one classic script (no imports, so
 * every browser with workers runs it), and named to the islands by the environment variable
 * whose value is its address: `new Worker(withBasePath(process.env.TEAM_WORKER_PATH))`. A worker
 * is same-origin, as the Content-Security-Policy requires (`worker-src 'self'`, csp.ts).
 */
export const WORKERS = {
  TEAM_WORKER_PATH: "components/team-input/team-worker.ts",
  QR_WORKER_PATH: "components/shared/qr-worker.ts",
} as const;

const shared = {
  bundle: true,
  minify: true,
  target: "es2022",
  entryNames: "[name]-[hash]",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
} as const;

/** Bundles each worker, and gives the address of each, from the site's root, by its variable. */
async function buildWorkers(out: string, basePath: string): Promise<Record<string, string>> {
  const addresses: Record<string, string> = {};
  for (const [variable, entry] of Object.entries(WORKERS)) {
    const result = await build({
      ...shared,
      entryPoints: [entry],
      outdir: join(out, ISLANDS_DIR),
      format: "iife",
      define: {
        "process.env.NODE_ENV": '"production"',
        "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
      },
    });
    const [file] = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"));
    if (!file) throw new Error(`esbuild wrote no script for the worker ${entry}`);
    addresses[variable] = `/${relative(out, file).split("\\").join("/")}`;
  }
  return addresses;
}

/**
 * Islands that share a page, joined: each group is bundled together, so what its islands share
 * loads once on that page. Every island not on a page with another is a group of its own.
 */
export function islandGroups(names: readonly string[], pages: readonly (readonly string[])[]): string[][] {
  const group = new Map(names.map((name) => [name, new Set([name])]));
  for (const page of pages) {
    const known = page.filter((name) => group.has(name));
    const joined = new Set(known.flatMap((name) => [...(group.get(name) ?? [])]));
    for (const name of joined) group.set(name, joined);
  }
  return [...new Set(group.values())].map((g) => names.filter((name) => g.has(name)));
}

/**
 * Bundles every island in the registry for the browser: its components and lib, minified, as
 * ES modules, with React apart (shared-react.ts) and recharts and the QR code loaded only when
 * asked. Islands that share a page (`pages`: the islands on each) are bundled together, each
 * other one alone: a page loads React, its own bundle and the chunks it asks for later, not the
 * two dozen pieces a split of all islands at once made. esbuild does this in a few seconds,
 * where a second Next build would take a minute.
 */
export async function buildIslands(
  out: string,
  basePath: string,
  startOf: (name: string) => IslandStart,
  pages: readonly (readonly string[])[],
): Promise<IslandManifest> {
  const islands = registeredIslands();
  const dir = join(out, ISLANDS_DIR);
  const workers = await buildWorkers(out, basePath);
  const react = await buildReact(dir, { minify: shared.minify, target: shared.target });
  const fromRoot = (file: string) => `/${relative(out, file).split("\\").join("/")}`;
  const manifest: IslandManifest = new Map();
  // Enhancers load no React and share nothing with the component islands: each is bundled on
  // its own, so the language switch, on every page, does not join every page's islands into one.
  const components = new Set(islands.filter((i) => i.kind === "component").map((i) => i.name));
  for (const group of islandGroups(
    islands.map((i) => i.name),
    pages.map((page) => page.filter((name) => components.has(name))),
  )) {
    const result = await build({
      ...shared,
      entryPoints: group.map((name) => ({ in: `island:${name}`, out: name })),
      plugins: [islandEntries(islands, startOf), sharedReactPlugin(react)],
      outdir: dir,
      splitting: true,
      format: "esm",
      jsx: "automatic",
      chunkNames: "chunk-[hash]",
      define: {
        "process.env.NODE_ENV": '"production"',
        "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
        ...Object.fromEntries(
          Object.entries(workers).map(([variable, address]) => [`process.env.${variable}`, JSON.stringify(address)]),
        ),
      },
    });
    const { metafile } = result;
    for (const [file, output] of Object.entries(metafile.outputs)) {
      // A virtual entry is named "<namespace>:<path>": "island:island:results".
      const name = output.entryPoint?.match(/^island:island:([\w$]+)$/)?.[1];
      if (!name) continue;
      // What a file needs before it can run: its chunks, and the React files they import
      // (external here: paths like "./react-X.js").
      const needs = (from: string) => {
        const { own, outside } = staticImports(metafile, from);
        const reactFiles = new Set(
          [...outside].flatMap((path) => {
            const reactModule = [...react.values()].find((r) => r.file === path);
            return reactModule ? [reactModule.file, ...reactModule.needs] : [];
          }),
        );
        return [...[...reactFiles].map((f) => fromRoot(join(dir, f))), ...[...own].map(fromRoot)];
      };
      // The page preloads what the island needs to start; for an island started on use, it also
      // fetches what its first use loads (see island-scripts.ts), so the click does not wait for it.
      const imports = needs(file);
      const later =
        startOf(name) === "use"
          ? [...new Set(dynamicImports(metafile, file).flatMap((d) => [fromRoot(d), ...needs(d)]))]
          : [];
      manifest.set(name, { file: fromRoot(file), imports, later: later.filter((f) => !imports.includes(f)) });
    }
  }
  return manifest;
}
